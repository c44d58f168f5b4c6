using System.Collections.Immutable;
using RouteGraph.Core.Model;

namespace RouteGraph.Core.Analytics;

/// <summary>
/// One cell of a route's coverage matrix: a third country (with all its roles on the route) and a
/// key sector on a day (<see cref="Day"/>). <see cref="Considered"/> holds every partnership with the country in the
/// sector and its status that day; <see cref="Partnerships"/> those that decide the state.
/// </summary>
public sealed record CoverageCell(
    Country Country,
    ImmutableArray<RouteRole> Roles,
    Sector Sector,
    DateOnly Day,
    CoverageState State,
    CoverageReason? Reason,
    ImmutableArray<PartnershipOnDay> Considered,
    ImmutableArray<HypotheticalOnDay> Hypothetical,
    ImmutableArray<CoverageActivity> Activities,
    bool Changed = false)
{
    /// <summary>The partnerships behind the state: the active ones of a COVERED cell, the uncertain ones of an UNKNOWN cell, every one of a GAP.</summary>
    public ImmutableArray<Partnership> Partnerships { get; } =
    [
        .. Considered
            .Where(c => State switch
            {
                CoverageState.COVERED => c.Status.IsActive,
                CoverageState.UNKNOWN => c.Status.Status == PartnershipStatus.UNCERTAIN,
                _ => true,
            })
            .Select(c => c.Partnership),
    ];
}
