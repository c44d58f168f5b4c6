using RouteGraph.Core.Model;

namespace RouteGraph.Api.GraphQL.Types;

public sealed class RegionType : NodeGraphType<Region>
{
    public RegionType() : base("Region", "A group of countries that a partnership can name as one partner (Western Balkans, Sahel).")
    {
        LocalisedName("name", "The region's name.", r => r.Names);
        Aliases(r => r.Aliases);
        List<CountryType>("countries", "The countries of this region (IN_REGION).", c => c.Graph().RegionMembers(c.Source.Id));
        List<PartnershipType>("partnerships", "Partnerships naming this region as partner (WITH_PARTNER).",
            c => c.Graph().Sources<Partnership>(c.Source.Id, RelationType.WITH_PARTNER));
        SourcesField();
    }
}
