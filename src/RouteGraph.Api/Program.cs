using RouteGraph.Api;
using RouteGraph.Api.GraphQL;

// `dotnet run --project src/RouteGraph.Api -- --print-schema` writes the schema's SDL (see docs/graphql.md).
if (args.Contains("--print-schema"))
{
    Console.Out.Write(SchemaPrinter.Print());
    return;
}

ApiHost.Build(args).Run();

/// <summary>The entry point, public so WebApplicationFactory&lt;Program&gt; can start the API in tests.</summary>
public partial class Program;
