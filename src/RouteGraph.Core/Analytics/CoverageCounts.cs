namespace RouteGraph.Core.Analytics;

/// <summary>How many cells are covered, gaps and unknown; the ratio leaves the unknown ones out.</summary>
public readonly record struct CoverageCounts(int Covered, int Gap, int Unknown)
{
    /// <summary>Covered / (covered + gap), 0 to 1; null when no cell is known either way.</summary>
    public double? Ratio => Covered + Gap == 0 ? null : (double)Covered / (Covered + Gap);

    public static CoverageCounts Of(IEnumerable<CoverageCell> cells)
    {
        var (covered, gap, unknown) = (0, 0, 0);
        foreach (var cell in cells)
        {
            switch (cell.State)
            {
                case CoverageState.COVERED: covered++; break;
                case CoverageState.GAP: gap++; break;
                default: unknown++; break;
            }
        }

        return new CoverageCounts(covered, gap, unknown);
    }
}
