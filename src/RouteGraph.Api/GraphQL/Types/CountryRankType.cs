using global::GraphQL.Types;
using RouteGraph.Core.Analytics;
using CoreSector = RouteGraph.Core.Model.Sector;

namespace RouteGraph.Api.GraphQL.Types;

public sealed class CountryRankType : ObjectGraphType<CountryRank>
{
    public CountryRankType()
    {
        Name = "CountryRank";
        Description = "A country ranked by how central it is to the movement network of the chosen routes.";
        Field<NonNullGraphType<IntGraphType>>("rank").Description("Its place, from 1.").Resolve(c => c.Source.Rank);
        Field<NonNullGraphType<CountryType>>("country").Description("The country.").Resolve(c => c.Source.Country);
        Field<NonNullGraphType<FloatGraphType>>("betweenness").Description("Its betweenness centrality over the routes' legs.")
            .Resolve(c => c.Source.Betweenness);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RouteType>>>>("routes").Description("The chosen routes it lies on.")
            .Resolve(c => c.Source.Routes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SectorCountType>>>>("partnershipsBySector")
            .Description("How many partnerships name it as partner, in each of the five key sectors (in the Council's order).")
            .Resolve(c => Enum.GetValues<CoreSector>().Select(s => new SectorCount(s, c.Source.PartnershipsBySector.GetValueOrDefault(s))));
    }
}
