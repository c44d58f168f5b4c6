namespace RouteGraph.Core.Model;

/// <summary>Why a status is UNCERTAIN.</summary>
public enum StatusUncertainty
{
    /// <summary>An event that decides the day has no date, or no start is known at all.</summary>
    UNDATED,
    /// <summary>A partial date (a year, a month) straddles the day.</summary>
    IMPRECISE_DATE,
}
