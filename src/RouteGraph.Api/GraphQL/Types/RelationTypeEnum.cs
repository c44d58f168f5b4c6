using RouteGraph.Core.Model;

namespace RouteGraph.Api.GraphQL.Types;

public sealed class RelationTypeEnum() : DescribedEnum<RelationType>("RelationType",
    "The kinds of relationship in the policy graph.",
    new Dictionary<RelationType, string>
    {
        [RelationType.ON_ROUTE] = "Country to Route: the country plays a role on the route.",
        [RelationType.LEG] = "Country to Country: one hop of movement along a route.",
        [RelationType.IN_REGION] = "Country to Region: the country belongs to the region.",
        [RelationType.SIGNED_BY] = "Partnership to Country or Organisation: a signatory.",
        [RelationType.WITH_PARTNER] = "Partnership to Country or Region: a partner.",
        [RelationType.COVERS] = "Partnership or Programme to Sector: a key sector it works in.",
        [RelationType.USES_POLICY] = "Partnership to PolicyArea: a policy area it draws on.",
        [RelationType.TARGETS] = "Partnership to Route: a route it addresses.",
        [RelationType.PART_OF] = "Programme to Partnership: the programme implements the partnership.",
        [RelationType.RETURNS_FROM] = "Programme to Country: returns start from this country.",
        [RelationType.RETURNS_TO] = "Programme to Country: returns go to this country.",
        [RelationType.IMPLEMENTED_BY] = "Programme to Organisation: an implementer.",
        [RelationType.COMMITS_TO] = "Partnership to Commitment: what the signatories undertake.",
        [RelationType.MEASURES] = "Indicator to Route: the figure is about this route.",
        [RelationType.HAS_EVENT] = "Partnership or Programme to LifecycleEvent: an event of its life.",
        [RelationType.SOURCED_FROM] = "Any node to Document: the fact comes from this document.",
    });
