namespace RouteGraph.Core.Analytics;

/// <summary>Why a cell is a GAP or UNKNOWN (a stable code; a COVERED cell has none).</summary>
public enum CoverageReason
{
    /// <summary>GAP: no partnership with the country has ever covered the sector.</summary>
    NO_PARTNERSHIP,
    /// <summary>GAP: the partnerships there are announced or signed, not yet in effect.</summary>
    NOT_YET_ACTIVE,
    /// <summary>GAP: a partnership there is suspended.</summary>
    SUSPENDED,
    /// <summary>GAP: the partnerships there have ended.</summary>
    ENDED,
    /// <summary>UNKNOWN: a deciding event has no date (or no start is known).</summary>
    UNDATED,
    /// <summary>UNKNOWN: a year or month straddles the day.</summary>
    IMPRECISE_DATE,
}
