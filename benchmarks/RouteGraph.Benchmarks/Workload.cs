using System.Collections.Immutable;
using RouteGraph.Core.Analytics;
using RouteGraph.Core.Graph;
using RouteGraph.Core.Model;
using RouteGraph.Core.Seed;

namespace RouteGraph.Benchmarks;

/// <summary>A graph and the questions asked of it in the benchmarks.</summary>
public sealed record Workload(PolicyGraph Graph, string RouteId, string FromIso, string ToIso, string SearchText, DateOnly Date, CoverageScenario Scenario)
{
    public const string Seed = "seed", Synthetic = "synthetic";

    /// <summary>The graphs to measure: the synthetic one always, the seed when it loads.</summary>
    public static IEnumerable<string> Available() => TryLoadSeed() is null ? [Synthetic] : [Seed, Synthetic];

    public static Workload For(string name) => name switch
    {
        Seed => ForSeed(TryLoadSeed() ?? throw new InvalidOperationException("graph-seed does not load")),
        Synthetic => ForSynthetic(SyntheticGraph.Create()),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    static PolicyGraph? TryLoadSeed()
    {
        try
        {
            var result = SeedLoader.Load(SeedLoader.DefaultDirectory());
            return result.Succeeded ? result.Graph : null;
        }
        catch (Exception e) when (e is NotImplementedException or IOException)
        {
            return null;
        }
    }

    /// <summary>The Central Mediterranean: from its first origin country to its arrival country.</summary>
    static Workload ForSeed(PolicyGraph graph)
    {
        var route = graph.Node<Route>("central-mediterranean") ?? graph.Routes[0];
        return Along(graph, route, "mediterraneo", new DateOnly(2023, 1, 1));
    }

    /// <summary>The route with the most countries, end to end.</summary>
    static Workload ForSynthetic(PolicyGraph graph)
    {
        var route = graph.Routes.OrderByDescending(r => graph.RouteMembers(r.Id).Length).ThenBy(r => r.Id, StringComparer.Ordinal).First();
        return Along(graph, route, "paese 1", new DateOnly(2015, 6, 1));
    }

    static Workload Along(PolicyGraph graph, Route route, string searchText, DateOnly date)
    {
        var members = graph.RouteMembers(route.Id);
        var from = members.FirstOrDefault(m => m.Roles.Contains(RouteRole.ORIGIN)) ?? members[0];
        var to = members.FirstOrDefault(m => m.Roles.Contains(RouteRole.ARRIVAL)) ?? members[^1];
        // Leave out the first partnership with the route's first country, add one with its second: what an analyst tries.
        var without = graph.PartnershipsWith(from.Country).Take(1).Select(p => p.Id).ToImmutableArray();
        var partner = members.Skip(1).FirstOrDefault(m => !m.Country.EuMember)?.Country ?? from.Country;
        var scenario = new CoverageScenario(without,
            [new HypotheticalPartnership("What-if", [partner.Id], [Sector.ANTI_SMUGGLING, Sector.LEGAL_PATHWAYS], PartialDate.Of(date))]);
        return new Workload(graph, route.Id, from.Country.Id, to.Country.Id, searchText, date, scenario);
    }
}
