using global::GraphQL.Types;

namespace RouteGraph.Api.GraphQL.Types;

/// <summary><c>union Signatory = Country | Organisation</c>.</summary>
public sealed class SignatoryUnion : UnionGraphType
{
    public SignatoryUnion()
    {
        Name = "Signatory";
        Description = "Who signs a partnership: a country or an organisation (a ministry, an EU institution).";
        Type<CountryType>();
        Type<OrganisationType>();
    }
}
