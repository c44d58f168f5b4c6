using global::GraphQL;
using global::GraphQL.Types;
using global::GraphQL.Utilities;

namespace RouteGraph.Api.GraphQL;

/// <summary>The SDL of the served schema, as checked in at schema.graphql.</summary>
public static class SchemaPrinter
{
    public static string Print(ISchema schema) =>
        schema.Print(new PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true }).ReplaceLineEndings("\n").TrimEnd() + "\n";

    /// <summary>Builds the schema without a graph or a server, and prints it.</summary>
    public static string Print()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddRouteGraphApi(new ConfigurationBuilder().Build());
        using var provider = services.BuildServiceProvider();
        return Print(provider.GetRequiredService<RouteGraphSchema>());
    }
}
