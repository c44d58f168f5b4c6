using RouteGraph.Core.Model;

namespace RouteGraph.Api.GraphQL.Types;

public sealed class RecurrenceEnum() : DescribedEnum<Recurrence>("Recurrence",
    "How often a commitment is carried out.",
    new Dictionary<Recurrence, string>
    {
        [Recurrence.ONCE] = "Once.",
        [Recurrence.ONGOING] = "Continuously.",
        [Recurrence.YEARLY] = "Every year.",
    });
