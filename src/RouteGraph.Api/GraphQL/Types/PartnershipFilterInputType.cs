using global::GraphQL.Types;
using RouteGraph.Core.Analytics;
using RouteGraph.Core.Model;
using CoreSector = RouteGraph.Core.Model.Sector;

namespace RouteGraph.Api.GraphQL.Types;

/// <summary><c>input PartnershipFilter</c>, read straight into Core's <see cref="PartnershipFilter"/>.</summary>
public sealed class PartnershipFilterInputType : InputObjectGraphType<PartnershipFilter>
{
    public PartnershipFilterInputType()
    {
        Name = "PartnershipFilter";
        Description = "Which partnerships to keep. Every criterion given must hold; a criterion left out (or an empty list) keeps all.";
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("routeIds")
            .Description("On any of these routes (route ids): a partner country lies on the route, or the partnership targets the route.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("countryIsos")
            .Description("With any of these countries as partner, directly or through a region (ISO alpha-2 codes, any letter case).");
        Field<ListGraphType<NonNullGraphType<SectorEnum>>>("sectors").Description("Covering any of these key sectors.");
        Field<ListGraphType<NonNullGraphType<PartnershipKindEnum>>>("kinds").Description("Of any of these kinds.");
        Field<ListGraphType<NonNullGraphType<PartnershipStatusEnum>>>("statuses").Description("With any of these statuses on activeOn, or today when activeOn is not given.");
        Field<IsoDateGraphType>("activeOn").Description("Certainly in effect on this day (status ACTIVE).");
        Field<IsoDateGraphType>("signedFrom").Description("Signed or launched on or after this day (a partial date matches when any of its days does; an unknown date never).");
        Field<IsoDateGraphType>("signedTo").Description("Signed or launched on or before this day (a partial date matches when any of its days does; an unknown date never).");
        Field<StringGraphType>("text").Description("With this text in the title, a translation or an alias (any letter case).");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new PartnershipFilter(
        RouteIds: InputLists.Of<string>(value, "routeIds"),
        CountryIsos: InputLists.Of<string>(value, "countryIsos")?.Select(iso => iso.Trim().ToUpperInvariant()).ToArray(),
        Sectors: InputLists.Of<CoreSector>(value, "sectors"),
        Kinds: InputLists.Of<PartnershipKind>(value, "kinds"),
        Statuses: InputLists.Of<PartnershipStatus>(value, "statuses"),
        ActiveOn: value.TryGetValue("activeOn", out var on) ? (DateOnly?)on : null,
        SignedFrom: value.TryGetValue("signedFrom", out var from) ? (DateOnly?)from : null,
        SignedTo: value.TryGetValue("signedTo", out var to) ? (DateOnly?)to : null,
        Text: value.TryGetValue("text", out var text) && text is string { Length: > 0 } t ? t : null);
}
