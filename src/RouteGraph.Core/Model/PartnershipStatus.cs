namespace RouteGraph.Core.Model;

/// <summary>Where a partnership or programme stands on a day, derived from its lifecycle (see <see cref="Lifecycle"/>).</summary>
public enum PartnershipStatus
{
    /// <summary>In effect: signed, launched or in force, and not suspended or ended.</summary>
    ACTIVE,
    /// <summary>Announced or signed, not yet launched or in force.</summary>
    NOT_YET_ACTIVE,
    SUSPENDED,
    ENDED,
    /// <summary>The sources do not settle it: a partial date straddles the day, or no dated start is known.</summary>
    UNCERTAIN,
}
