using RouteGraph.Core.Model;

namespace RouteGraph.Api.GraphQL.Types;

public sealed class PartnershipStatusEnum() : DescribedEnum<PartnershipStatus>("PartnershipStatus",
    "Where a partnership or programme stands on a day, derived from its dated lifecycle events.",
    new Dictionary<PartnershipStatus, string>
    {
        [PartnershipStatus.ACTIVE] = "In effect: signed, launched or in force, and not suspended or ended.",
        [PartnershipStatus.NOT_YET_ACTIVE] = "Announced, or signed and awaiting entry into force.",
        [PartnershipStatus.SUSPENDED] = "Put on hold by a party.",
        [PartnershipStatus.ENDED] = "No longer in effect.",
        [PartnershipStatus.UNCERTAIN] = "The sources do not settle it: a year or month straddles the day, an event has no date, or no dated start is known.",
    });
