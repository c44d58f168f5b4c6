using System.Collections.Immutable;

namespace RouteGraph.Core.Analytics;

/// <summary>What-if: partnerships (ids) to leave out, hypothetical ones to add. Computed in memory, never stored.</summary>
public sealed record CoverageScenario(ImmutableArray<string> Without, ImmutableArray<HypotheticalPartnership> Add)
{
    public static CoverageScenario None { get; } = new([], []);

    public bool IsEmpty => Without.IsDefaultOrEmpty && Add.IsDefaultOrEmpty;
}
