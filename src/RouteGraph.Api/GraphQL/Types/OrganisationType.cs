using global::GraphQL.Types;
using RouteGraph.Core.Model;

namespace RouteGraph.Api.GraphQL.Types;

public sealed class OrganisationType : NodeGraphType<Organisation>
{
    public OrganisationType() : base("Organisation",
        "An EU institution or agency, a national ministry, an international organisation (IOM, UNHCR) or a forum.")
    {
        LocalisedName("name", "The organisation's name.", o => o.Names);
        Field<NonNullGraphType<OrganisationKindEnum>>("kind").Description("What kind of body it is.").Resolve(c => c.Source.Kind);
        Aliases(o => o.Aliases);
        List<PartnershipType>("signedPartnerships", "Partnerships it signed (SIGNED_BY).",
            c => c.Graph().Sources<Partnership>(c.Source.Id, RelationType.SIGNED_BY));
        List<ProgrammeType>("implements", "Programmes it implements (IMPLEMENTED_BY).",
            c => c.Graph().Sources<Programme>(c.Source.Id, RelationType.IMPLEMENTED_BY));
        SourcesField();
    }
}
