using global::GraphQL.Types;
using RouteGraph.Core.Model;

namespace RouteGraph.Api.GraphQL.Types;

public sealed class KeySectorType : NodeGraphType<KeySector>
{
    public KeySectorType() : base("KeySector",
        "One of the five key sectors of EU migration partnerships as a node of the graph, with its English and Italian names. "
        + "(The enum Sector names the same five.)")
    {
        Field<NonNullGraphType<SectorEnum>>("code").Description("The sector as an enum value.").Resolve(c => c.Source.Code);
        Field<NonNullGraphType<IntGraphType>>("rank").Description("Its place, 1 to 5, in the Council's list.").Resolve(c => c.Source.Rank);
        LocalisedName("name", "The sector's name.", s => s.Names);
        List<PartnershipType>("partnerships", "Partnerships covering this sector (COVERS).",
            c => c.Graph().Sources<Partnership>(c.Source.Id, RelationType.COVERS));
        List<ProgrammeType>("programmes", "Programmes covering this sector (COVERS).",
            c => c.Graph().Sources<Programme>(c.Source.Id, RelationType.COVERS));
        List<CommitmentType>("commitments", "Commitments in this sector.",
            c => c.Graph().CommitmentsIn(c.Source.Code));
        SourcesField();
    }
}
