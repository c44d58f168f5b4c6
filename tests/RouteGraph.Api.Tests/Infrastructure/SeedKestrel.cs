namespace RouteGraph.Api.Tests.Infrastructure;

/// <summary>The API as the README runs it (the bundled graph-seed) on a real Kestrel on loopback, shared by a test class.</summary>
public sealed class SeedKestrel : IAsyncLifetime
{
    KestrelApi? _api;

    public KestrelApi Api => _api ?? throw new InvalidOperationException("not started");

    public Uri Address => Api.Address;

    public async Task InitializeAsync()
    {
        _api = await KestrelApi.StartAsync();
        await _api.ReadyClientAsync();
    }

    public async Task DisposeAsync()
    {
        if (_api is not null)
            await _api.DisposeAsync();
    }
}
