using RouteGraph.Core.Model;

namespace RouteGraph.Api.GraphQL.Types;

public sealed class PolicyAreaType : NodeGraphType<PolicyArea>
{
    public PolicyAreaType() : base("PolicyArea", "A policy area partnerships draw on: education, development, visas, trade, and so on.")
    {
        LocalisedName("name", "The policy area's name.", p => p.Names);
        List<PartnershipType>("partnerships", "Partnerships drawing on this policy area (USES_POLICY).",
            c => c.Graph().Sources<Partnership>(c.Source.Id, RelationType.USES_POLICY));
        SourcesField();
    }
}
