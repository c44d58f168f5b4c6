using RouteGraph.Core.Model;

namespace RouteGraph.Core.Analytics;

/// <summary>
/// Which partnerships to keep. Every criterion set must hold; null or empty means "any".
/// Statuses are read on <see cref="ActiveOn"/> when given, otherwise on the day the query is asked.
/// A partial signing date is in the signing window when any of its days is.
/// </summary>
public sealed record PartnershipFilter(
    IReadOnlyCollection<string>? RouteIds = null,
    IReadOnlyCollection<string>? CountryIsos = null,
    IReadOnlyCollection<Sector>? Sectors = null,
    IReadOnlyCollection<PartnershipKind>? Kinds = null,
    IReadOnlyCollection<PartnershipStatus>? Statuses = null,
    DateOnly? ActiveOn = null,
    DateOnly? SignedFrom = null,
    DateOnly? SignedTo = null,
    string? Text = null)
{
    public static PartnershipFilter Any { get; } = new();
}
