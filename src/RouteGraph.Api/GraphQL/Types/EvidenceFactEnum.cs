using RouteGraph.Core.Analytics;

namespace RouteGraph.Api.GraphQL.Types;

public sealed class EvidenceFactEnum() : DescribedEnum<EvidenceFact>("EvidenceFact",
    "Which fact behind a coverage cell a piece of evidence supports.",
    new Dictionary<EvidenceFact, string>
    {
        [EvidenceFact.PARTNER] = "The country is the partnership's partner (directly or through its region).",
        [EvidenceFact.SECTOR] = "The partnership covers the sector.",
        [EvidenceFact.LIFECYCLE] = "An event of the partnership's lifecycle up to the day.",
    });
