using RouteGraph.Core.Model;

namespace RouteGraph.Api.GraphQL.Types;

public sealed class DatePrecisionEnum() : DescribedEnum<DatePrecision>("DatePrecision",
    "How much of a date the source gives.",
    new Dictionary<DatePrecision, string>
    {
        [DatePrecision.YEAR] = "A year only (2006).",
        [DatePrecision.MONTH] = "A month (2006-07).",
        [DatePrecision.DAY] = "A day (2006-07-10).",
    });
