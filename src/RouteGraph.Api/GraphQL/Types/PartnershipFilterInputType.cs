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
        Field<ListGraphType<NonNullGraphType<PartnershipStatusEnum>>>("statuses").Description("With any of these statuses.");
        Field<IsoDateGraphType>("activeOn").Description("In force on this day.");
        Field<IsoDateGraphType>("signedFrom").Description("Signed on or after this day (an unknown signing date never matches).");
        Field<IsoDateGraphType>("signedTo").Description("Signed on or before this day (an unknown signing date never matches).");
        Field<StringGraphType>("text").Description("With this text in the title, a translation or an alias (any letter case).");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new PartnershipFilter(
        RouteIds: List<string>(value, "routeIds"),
        CountryIsos: List<string>(value, "countryIsos")?.Select(iso => iso.Trim().ToUpperInvariant()).ToArray(),
        Sectors: List<CoreSector>(value, "sectors"),
        Kinds: List<PartnershipKind>(value, "kinds"),
        Statuses: List<PartnershipStatus>(value, "statuses"),
        ActiveOn: value.TryGetValue("activeOn", out var on) ? (DateOnly?)on : null,
        SignedFrom: value.TryGetValue("signedFrom", out var from) ? (DateOnly?)from : null,
        SignedTo: value.TryGetValue("signedTo", out var to) ? (DateOnly?)to : null,
        Text: value.TryGetValue("text", out var text) && text is string { Length: > 0 } t ? t : null);

    static T[]? List<T>(IDictionary<string, object?> value, string key) =>
        value.TryGetValue(key, out var list) && list is System.Collections.IEnumerable items
            ? items.Cast<object>().Select(i => i is T t ? t : (T)Convert.ChangeType(i, typeof(T), System.Globalization.CultureInfo.InvariantCulture)).ToArray()
            : null;
}

/// <summary>The partnership lists of Country and Route, with an optional filter.</summary>
public static class PartnershipLists
{
    public static IEnumerable<Partnership> WithCountry(Core.Graph.PolicyGraph graph, Country country, PartnershipFilter? filter)
    {
        if (filter is null)
            return BySigningDate(graph.PartnershipsWith(country));
        if (filter.CountryIsos is { Count: > 0 } isos && !isos.Contains(country.Id))
            return [];
        // The analytics read countryIsos as "partner, directly or through a region": exactly this list.
        return PartnershipQueries.Find(graph, filter with { CountryIsos = [country.Id] });
    }

    public static IEnumerable<Partnership> OnRoute(Core.Graph.PolicyGraph graph, Route route, PartnershipFilter? filter)
    {
        filter ??= PartnershipFilter.Any;
        if (filter.RouteIds is { Count: > 0 } ids && !ids.Contains(route.Id))
            return [];
        return PartnershipQueries.Find(graph, filter with { RouteIds = [route.Id] });
    }

    /// <summary>The order PartnershipQueries.Find gives: by signing date, unknown last, then id.</summary>
    static IEnumerable<Partnership> BySigningDate(IEnumerable<Partnership> partnerships) =>
        partnerships.OrderBy(p => p.SignedOn is null).ThenBy(p => p.SignedOn).ThenBy(p => p.Id, StringComparer.Ordinal);
}
