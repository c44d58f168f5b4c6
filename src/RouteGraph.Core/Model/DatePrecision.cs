namespace RouteGraph.Core.Model;

/// <summary>How much of a date the source gives.</summary>
public enum DatePrecision
{
    YEAR,
    MONTH,
    DAY,
}
