using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using RouteGraph.Api.Graph;
using RouteGraph.Core.Graph;

namespace RouteGraph.Api.Tests.Infrastructure;

/// <summary>The API in memory (TestServer) over the test graph, with optional configuration.</summary>
public class ApiFactory : WebApplicationFactory<Program>
{
    /// <summary>Configuration keys to set (RouteGraph:Limits:MaxDepth...).</summary>
    public IDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();

    public TestGraphSource Source { get; init; } = new(TestGraph.Create());

    /// <summary>Serve what the API serves with no configuration (the bundled graph-seed) instead of <see cref="Source"/>.</summary>
    public bool ServeBundledSeed { get; init; }

    public LogCollector Logs { get; } = new();

    /// <summary>The hosting environment; WebApplicationFactory's default is Development.</summary>
    public string? Environment { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // One warm-up round: every operation still runs against each graph (WarmUpTests), without the production default's
        // sixty rounds in every one of the suite's hosts.
        builder.UseSetting("RouteGraph:WarmUp:Rounds", "1");
        foreach (var (key, value) in Settings)
            builder.UseSetting(key, value);
        if (Environment is not null)
            builder.UseEnvironment(Environment);
        builder.ConfigureTestServices(services =>
        {
            if (!ServeBundledSeed)
            {
                services.RemoveAll<Core.Graph.IGraphSource>();
                services.AddSingleton<Core.Graph.IGraphSource>(Source);
            }

            services.AddSingleton<ILoggerProvider>(Logs);
        });
    }

    /// <summary>A client for an API that has its graph loaded.</summary>
    public async Task<GraphQLClient> ReadyClientAsync()
    {
        var client = CreateClient();
        await Services.GetRequiredService<CurrentGraph>().WhenLoadedAsync().WaitAsync(TimeSpan.FromSeconds(30));
        return new GraphQLClient(client);
    }
}
