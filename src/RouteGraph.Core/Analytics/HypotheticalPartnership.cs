using System.Collections.Immutable;
using RouteGraph.Core.Model;

namespace RouteGraph.Core.Analytics;

/// <summary>
/// A partnership a scenario imagines: with these partners (countries or regions, by id), covering
/// these sectors, in effect from a (partial) date. Never stored; its status follows the same lifecycle rules.
/// </summary>
public sealed record HypotheticalPartnership(string Title, ImmutableArray<string> PartnerIds, ImmutableArray<Sector> Sectors, PartialDate StartsOn)
{
    /// <summary>A lifecycle of one launch on <see cref="StartsOn"/>.</summary>
    public Lifecycle Lifecycle { get; } = new([new LifecycleEvent("hypothetical-start", LifecycleEventKind.LAUNCHED, StartsOn, null)]);
}
