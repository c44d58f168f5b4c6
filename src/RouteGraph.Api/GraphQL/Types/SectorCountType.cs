using global::GraphQL.Types;

namespace RouteGraph.Api.GraphQL.Types;

public sealed class SectorCountType : ObjectGraphType<SectorCount>
{
    public SectorCountType()
    {
        Name = "SectorCount";
        Description = "A number of partnerships in one key sector.";
        Field<NonNullGraphType<SectorEnum>>("sector").Description("The key sector.").Resolve(c => c.Source.Sector);
        Field<NonNullGraphType<IntGraphType>>("count").Description("How many partnerships.").Resolve(c => c.Source.Count);
    }
}
