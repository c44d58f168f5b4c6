namespace RouteGraph.Core.Analytics;

/// <summary>Which fact behind a coverage cell a piece of evidence supports.</summary>
public enum EvidenceFact
{
    /// <summary>The country is the partnership's partner (WITH_PARTNER, directly or through its region).</summary>
    PARTNER,
    /// <summary>The partnership covers the sector (COVERS).</summary>
    SECTOR,
    /// <summary>An event of the partnership's lifecycle up to the day (HAS_EVENT).</summary>
    LIFECYCLE,
}
