using System.Diagnostics.Metrics;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using RouteGraph.Api.Metrics;

namespace RouteGraph.Api.Tests.Infrastructure;

/// <summary>The API's instruments outside the API, for the unit tests of the parts that count.</summary>
public static class TestMetrics
{
    public static ApiMetrics Create(IMemoryCache memory) =>
        new(new ServiceCollection().AddMetrics().BuildServiceProvider().GetRequiredService<IMeterFactory>(), memory);
}
