namespace RouteGraph.Api.Tests.Infrastructure;

public static class RepoPaths
{
    /// <summary>The repository root: the folder holding RouteGraph.sln, found upwards from the test binaries.</summary>
    public static string Root { get; } = FindRoot();

    public static string SchemaFile => Path.Combine(Root, "schema.graphql");

    static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "RouteGraph.sln")))
                return dir.FullName;
        }

        throw new InvalidOperationException("RouteGraph.sln not found above " + AppContext.BaseDirectory);
    }
}
