using RouteGraph.Core.Model;

namespace RouteGraph.Api.GraphQL.Types;

public sealed class PartnershipLevelEnum() : DescribedEnum<PartnershipLevel>("PartnershipLevel",
    "Who the parties of a partnership are.",
    new Dictionary<PartnershipLevel, string>
    {
        [PartnershipLevel.BILATERAL] = "Between two states (or their ministries).",
        [PartnershipLevel.REGIONAL] = "Among the states of a region, such as an intergovernmental process.",
        [PartnershipLevel.EU] = "Between the European Union and one or more partners.",
        [PartnershipLevel.GLOBAL] = "Open to states worldwide, such as a UN framework.",
    });
