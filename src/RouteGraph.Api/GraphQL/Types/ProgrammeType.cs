using global::GraphQL.Types;
using RouteGraph.Core.Model;

namespace RouteGraph.Api.GraphQL.Types;

public sealed class ProgrammeType : NodeGraphType<Programme>
{
    public ProgrammeType() : base("Programme",
        "A programme implementing a partnership, such as assisted voluntary return and reintegration (AVRR).")
    {
        LocalisedName("name", "The programme's name.", p => p.Names);
        Field<NonNullGraphType<ProgrammeKindEnum>>("kind").Description("The kind of programme.").Resolve(c => c.Source.Kind);
        Text("summary", "A short summary, from its sources.", p => p.Summary, nullable: true);
        LifecycleFields("programme");
        List<SectorEnum>("sectors", "The key sectors it covers (COVERS).", c => c.Graph().SectorsOf(c.Source));
        List<CountryType>("returnsFrom", "Countries returns start from (RETURNS_FROM).",
            c => c.Graph().Targets<Country>(c.Source.Id, RelationType.RETURNS_FROM));
        List<CountryType>("returnsTo", "Countries returns go to (RETURNS_TO).",
            c => c.Graph().Targets<Country>(c.Source.Id, RelationType.RETURNS_TO));
        List<OrganisationType>("implementers", "Organisations implementing it (IMPLEMENTED_BY).",
            c => c.Graph().Targets<Organisation>(c.Source.Id, RelationType.IMPLEMENTED_BY));
        List<PartnershipType>("partnerships", "The partnerships it implements (PART_OF).",
            c => c.Graph().Targets<Partnership>(c.Source.Id, RelationType.PART_OF));
        SourcesField();
    }
}
