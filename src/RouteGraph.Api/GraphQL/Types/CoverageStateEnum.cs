using RouteGraph.Core.Analytics;

namespace RouteGraph.Api.GraphQL.Types;

public sealed class CoverageStateEnum() : DescribedEnum<CoverageState>("CoverageState",
    "The state of a cell of a route's coverage matrix on a day.",
    new Dictionary<CoverageState, string>
    {
        [CoverageState.COVERED] = "A partnership with the country in the sector is active that day.",
        [CoverageState.GAP] = "No partnership with the country in the sector is active that day, for certain.",
        [CoverageState.UNKNOWN] = "None is certainly active and one might be: an undated or imprecise date decides the day.",
    });
