using global::GraphQL.Types;
using RouteGraph.Core.Analytics;

namespace RouteGraph.Api.GraphQL.Types;

/// <summary>The ratio and the three counts, the same on a whole matrix, a sector's column and a trend point.</summary>
internal static class CoverageCountFields
{
    public static void AddTo<T>(ObjectGraphType<T> type, Func<T, CoverageCounts> counts)
    {
        type.Field<FloatGraphType>("ratio")
            .Description("Covered cells / (covered + gap cells), 0 to 1; UNKNOWN cells are left out. Null when no cell is known either way.")
            .Resolve(c => counts(c.Source).Ratio);
        type.Field<NonNullGraphType<IntGraphType>>("coveredCount").Description("How many cells are COVERED.").Resolve(c => counts(c.Source).Covered);
        type.Field<NonNullGraphType<IntGraphType>>("gapCount").Description("How many cells are GAPs.").Resolve(c => counts(c.Source).Gap);
        type.Field<NonNullGraphType<IntGraphType>>("unknownCount").Description("How many cells are UNKNOWN.").Resolve(c => counts(c.Source).Unknown);
    }
}
