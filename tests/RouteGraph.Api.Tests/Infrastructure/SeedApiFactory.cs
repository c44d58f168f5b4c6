namespace RouteGraph.Api.Tests.Infrastructure;

/// <summary>The API in memory over the bundled graph-seed, as it runs with no configuration.</summary>
public sealed class SeedApiFactory : ApiFactory
{
    public SeedApiFactory() => ServeBundledSeed = true;
}
