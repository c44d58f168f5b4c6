namespace RouteGraph.Core.Analytics;

/// <summary>The state of one cell of a route's coverage matrix on a day.</summary>
public enum CoverageState
{
    /// <summary>At least one partnership with the country in the sector is active that day.</summary>
    COVERED,
    /// <summary>None is active, and the sources say so for certain.</summary>
    GAP,
    /// <summary>None is certainly active, and one might be: an undated or imprecise date decides the day.</summary>
    UNKNOWN,
}
