using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using RouteGraph.Core.Analytics;
using RouteGraph.Core.Model;

namespace RouteGraph.Benchmarks;

/// <summary>
/// The route analytics on a warm snapshot (indexes built, as in a running API), on the bundled
/// seed when it loads and on a synthetic graph ten to a hundred times larger.
/// </summary>
[MemoryDiagnoser]
public class AnalyticsBenchmarks
{
    Workload _work = null!;

    [ParamsSource(nameof(Graphs))]
    public string Graph { get; set; } = "";

    public static IEnumerable<string> Graphs() => Workload.Available();

    [GlobalSetup]
    public void Setup()
    {
        _work = Workload.For(Graph);
        // Warm the per-graph indexes once, as the first request on a new snapshot would.
        RouteCoverage();
        PathFinder();
        KeyCountriesCached();
        GraphSearch();
    }

    [Benchmark]
    public RouteCoverage? RouteCoverage() => RouteCoverageAnalysis.Compute(_work.Graph, _work.RouteId, _work.Date);

    /// <summary>A scenario computes the matrix twice (with and without it) to say which cells it changed.</summary>
    [Benchmark]
    public RouteCoverage? RouteCoverageScenario() => RouteCoverageAnalysis.Compute(_work.Graph, _work.RouteId, _work.Date, _work.Scenario);

    /// <summary>The counts at every change date over 25 years, all sectors.</summary>
    [Benchmark]
    public CoverageTrend? CoverageTrend() => RouteCoverageAnalysis.Trend(_work.Graph, _work.RouteId, new DateOnly(2000, 1, 1), new DateOnly(2025, 1, 1));

    [Benchmark]
    public ImmutableArray<RoutePath> PathFinder() => Core.Analytics.PathFinder.Find(_work.Graph, _work.FromIso, _work.ToIso, maxHops: 6, limit: 100);

    /// <summary>What a request pays: the ranking of a route set is computed once per graph.</summary>
    [Benchmark]
    public ImmutableArray<CountryRank> KeyCountriesCached() => KeyCountries.Rank(_work.Graph, null, limit: 10);

    /// <summary>The first request for a route set: Brandes over the whole LEG network plus the per-country details.</summary>
    [Benchmark]
    public ImmutableArray<CountryRank> KeyCountriesUncached() => KeyCountries.Compute(_work.Graph, []);

    [Benchmark]
    public GraphView GraphViewOneRoute() => GraphViews.For(_work.Graph, [_work.RouteId]);

    [Benchmark]
    public GraphView GraphViewAllRoutes() => GraphViews.For(_work.Graph, null);

    [Benchmark]
    public ImmutableArray<SearchHit> GraphSearch() => Core.Analytics.GraphSearch.Find(_work.Graph, _work.SearchText, limit: 20);

    [Benchmark]
    public ImmutableArray<Partnership> FindActivePartnershipsOnRoute() =>
        PartnershipQueries.Find(_work.Graph, new(RouteIds: [_work.RouteId], ActiveOn: _work.Date), _work.Date);
}
