using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using RouteGraph.Api.Graph;
using RouteGraph.Core.Graph;

namespace RouteGraph.Api.Tests.Infrastructure;

/// <summary>The API as Program builds it, on a real Kestrel bound to 127.0.0.1 on a free port.</summary>
public sealed class KestrelApi : IAsyncDisposable
{
    readonly WebApplication _app;

    KestrelApi(WebApplication app, Uri address, LogCollector logs)
    {
        _app = app;
        Address = address;
        Logs = logs;
    }

    public Uri Address { get; }

    public LogCollector Logs { get; }

    public IServiceProvider Services => _app.Services;

    /// <summary>Starts the API; with a source given it serves that, otherwise the configured one (the bundled seed).</summary>
    public static async Task<KestrelApi> StartAsync(IGraphSource? source = null, params string[] args)
    {
        var logs = new LogCollector();
        var app = ApiHost.Build(["--urls", "http://127.0.0.1:0", .. args], builder =>
        {
            builder.Logging.AddProvider(logs);
            if (source is not null)
            {
                builder.Services.RemoveAll<IGraphSource>();
                builder.Services.AddSingleton(source);
            }
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new KestrelApi(app, new Uri(address), logs);
    }

    public async Task<GraphQLClient> ReadyClientAsync(TimeSpan? timeout = null)
    {
        await _app.Services.GetRequiredService<CurrentGraph>().WhenLoadedAsync().WaitAsync(timeout ?? TimeSpan.FromSeconds(60));
        return new GraphQLClient(new HttpClient { BaseAddress = Address });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
