using System.Collections.Immutable;
using global::GraphQL;
using global::GraphQL.Builders;
using global::GraphQL.Types;
using RouteGraph.Core.Graph;
using RouteGraph.Core.Model;

namespace RouteGraph.Api.GraphQL.Types;

/// <summary><c>interface Node { id: ID! }</c>: every node of the graph, found again with <c>node(id:)</c>.</summary>
public sealed class NodeInterface : InterfaceGraphType<PolicyNode>
{
    public NodeInterface()
    {
        Name = "Node";
        Description = "A node of the policy graph. Ids are the seed ids, unique across all types: ISO 3166-1 alpha-2 codes "
            + "for countries (IT), kebab-case slugs for everything else (central-mediterranean).";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The node's id, unique across all types.");
    }
}

/// <summary>Shared shape of the model types: the Node interface, the id, the sources.</summary>
public abstract class NodeGraphType<T> : ObjectGraphType<T> where T : PolicyNode
{
    protected NodeGraphType(string name, string description)
    {
        Name = name;
        Description = description;
        Interface<NodeInterface>();
        IsTypeOf = value => value is T;
        Field<NonNullGraphType<IdGraphType>>("id").Description("The node's id, unique across all types.").Resolve(c => c.Source.Id);
    }

    /// <summary>Adds <c>sources</c>; called last so it closes every type's field list.</summary>
    protected void SourcesField() =>
        List<SourceType>("sources", "The documents this node is taken from (SOURCED_FROM), each with the quoted sentence.",
            c => c.Graph().SourcesOf(c.Source));

    protected FieldBuilder<T, object> List<TItem>(string name, string description, Func<IResolveFieldContext<T>, object?> resolve)
        where TItem : IGraphType =>
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TItem>>>>(name).Description(description).Resolve(resolve);

    protected FieldBuilder<T, object> Text(string name, string description, Func<T, string?> value, bool nullable = false) =>
        nullable
            ? Field<StringGraphType>(name).Description(description).Resolve(c => value(c.Source))
            : Field<NonNullGraphType<StringGraphType>>(name).Description(description).Resolve(c => value(c.Source));

    /// <summary>A name in a language: <c>name(lang: String = "en")</c>, English when the language is not held.</summary>
    protected void LocalisedName(string name, string description, Func<T, string> english, Func<T, string?> italian) =>
        Field<NonNullGraphType<StringGraphType>>(name)
            .Description(description + " In the language asked for (en, it); English when that language is not held.")
            .Argument<StringGraphType>("lang", "An ISO 639-1 language code: en (default) or it.", a => a.DefaultValue = "en")
            .Resolve(c => c.GetArgument<string?>("lang")?.Trim().ToLowerInvariant() == "it" ? italian(c.Source) ?? english(c.Source) : english(c.Source));

    protected void Aliases(Func<T, IReadOnlyList<string>> aliases) =>
        List<StringGraphType>("aliases", "Other names and abbreviations this node is known by, for search.", c => aliases(c.Source));
}

public sealed class CountryType : NodeGraphType<Country>
{
    public CountryType() : base("Country", "A country, identified by its ISO 3166-1 alpha-2 code (IT, TN, LY).")
    {
        Text("iso2", "ISO 3166-1 alpha-2 code; the same as id.", c => c.Iso2);
        Text("iso3", "ISO 3166-1 alpha-3 code.", c => c.Iso3);
        LocalisedName("name", "The country's short name.", c => c.Name, c => c.NameIt);
        Aliases(c => c.Aliases);
        Field<GeoPointType>("centroid").Description("A central point of the country for drawing it on a map; null when not held.")
            .Resolve(c => c.Source.Centroid);
        Field<NonNullGraphType<BooleanGraphType>>("euMember").Description("Whether the country is a member state of the European Union.")
            .Resolve(c => c.Source.EuMember);
        List<CountryRouteType>("routes", "The migration routes this country lies on, with its roles on each (ON_ROUTE).",
            c => c.Graph().RoutesOf(c.Source).Select(r => new RouteMembership(c.Source, r.Route, r.Roles)));
        List<RegionType>("regions", "The regions this country belongs to (IN_REGION).",
            c => c.Graph().Targets<Region>(c.Source.Id, RelationType.IN_REGION));
        List<PartnershipType>("partnerships", "Partnerships naming this country as partner, directly or through one of its regions (WITH_PARTNER), "
                + "ordered by signing date (unknown last). The filter narrows them further.",
                c => PartnershipLists.WithCountry(c.Graph(), c.Source, c.GetArgument<Core.Analytics.PartnershipFilter?>("filter")))
            .Argument<PartnershipFilterInputType>("filter", "Keep only the partnerships matching this filter.");
        List<PartnershipType>("signedPartnerships", "Partnerships this country signed (SIGNED_BY).",
            c => c.Graph().Sources<Partnership>(c.Source.Id, RelationType.SIGNED_BY));
        List<LegType>("legsFrom", "Legs of movement leaving this country, on every route (LEG).",
            c => c.Graph().Out(c.Source.Id, RelationType.LEG));
        List<LegType>("legsTo", "Legs of movement reaching this country, on every route (LEG).",
            c => c.Graph().In(c.Source.Id, RelationType.LEG));
        List<ProgrammeType>("programmesReturningFrom", "Programmes supporting returns from this country (RETURNS_FROM).",
            c => c.Graph().Sources<Programme>(c.Source.Id, RelationType.RETURNS_FROM));
        List<ProgrammeType>("programmesReturningTo", "Programmes supporting returns to this country (RETURNS_TO).",
            c => c.Graph().Sources<Programme>(c.Source.Id, RelationType.RETURNS_TO));
        SourcesField();
    }
}

public sealed class RegionType : NodeGraphType<Region>
{
    public RegionType() : base("Region", "A group of countries that a partnership can name as one partner (Western Balkans, Sahel).")
    {
        LocalisedName("name", "The region's name.", r => r.Name, r => r.NameIt);
        Aliases(r => r.Aliases);
        List<CountryType>("countries", "The countries of this region (IN_REGION).", c => c.Graph().RegionMembers(c.Source.Id));
        List<PartnershipType>("partnerships", "Partnerships naming this region as partner (WITH_PARTNER).",
            c => c.Graph().Sources<Partnership>(c.Source.Id, RelationType.WITH_PARTNER));
        SourcesField();
    }
}

public sealed class RouteType : NodeGraphType<Route>
{
    public RouteType() : base("Route", "A migration route as the EU border agency's migratory map names it (Central Mediterranean...).")
    {
        LocalisedName("name", "The route's name.", r => r.Name, r => r.NameIt);
        Field<NonNullGraphType<RouteModeEnum>>("mode").Description("How people move along the route.").Resolve(c => c.Source.Mode);
        Text("description", "A short description of the route.", r => r.Description, nullable: true);
        Aliases(r => r.Aliases);
        List<RouteCountryType>("countries", "The countries on this route with all their roles there (ON_ROUTE), by name.",
                c => c.Graph().RouteMembers(c.Source.Id)
                    .Where(m => c.GetArgument<RouteRole?>("role") is not { } role || m.Roles.Contains(role))
                    .Select(m => new RouteMembership(m.Country, c.Source, m.Roles)))
            .Argument<RouteRoleEnum>("role", "Keep only the countries playing this role on the route.");
        List<LegType>("legs", "The legs of movement along this route (LEG), each from one country to the next.",
            c => c.Graph().RouteMembers(c.Source.Id)
                .SelectMany(m => c.Graph().Out(m.Country.Id, RelationType.LEG))
                .Where(l => l.RouteId == c.Source.Id));
        List<PartnershipType>("partnerships", "Partnerships on this route as the partnerships query counts them (its routeIds criterion "
                + "set to this route), ordered by signing date. The filter narrows them further.",
                c => PartnershipLists.OnRoute(c.Graph(), c.Source, c.GetArgument<Core.Analytics.PartnershipFilter?>("filter")))
            .Argument<PartnershipFilterInputType>("filter", "Keep only the partnerships matching this filter.");
        List<PartnershipType>("targetedBy", "Partnerships that name this route as a route they address (TARGETS).",
            c => c.Graph().Sources<Partnership>(c.Source.Id, RelationType.TARGETS));
        List<IndicatorType>("indicators", "Measured figures about this route (MEASURES), such as smugglers' profits.",
            c => c.Graph().Sources<Indicator>(c.Source.Id, RelationType.MEASURES));
        SourcesField();
    }
}

public sealed class PartnershipType : NodeGraphType<Partnership>
{
    public PartnershipType() : base("Partnership",
        "A partnership on migration: an EU partnership, a bilateral declaration or agreement, a regional dialogue.")
    {
        LocalisedName("title", "The partnership's title.", p => p.Title, p => p.TitleIt);
        Field<NonNullGraphType<PartnershipKindEnum>>("kind").Description("The kind of instrument.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<PartnershipLevelEnum>>("level").Description("Who the parties are: bilateral, regional, EU or global.")
            .Resolve(c => c.Source.Level);
        Field<NonNullGraphType<PartnershipStatusEnum>>("status").Description("Where the partnership stands today.").Resolve(c => c.Source.Status);
        Field<IsoDateGraphType>("signedOn").Description("The day it was signed, adopted or launched; null when the sources give no date.")
            .Resolve(c => c.Source.SignedOn);
        Field<IsoDateGraphType>("suspendedOn").Description("The day it was suspended; null when it was not (or the day is not known).")
            .Resolve(c => c.Source.SuspendedOn);
        Field<IsoDateGraphType>("endedOn").Description("The day it ended; null while in force (or when the day is not known).")
            .Resolve(c => c.Source.EndedOn);
        Field<BooleanGraphType>("legallyBinding").Description("Whether it binds its parties in law; null when the sources do not say.")
            .Resolve(c => c.Source.LegallyBinding);
        Field<NonNullGraphType<BooleanGraphType>>("activeOn")
            .Description("Whether it was in force on a day: signed on or before it, not ended or suspended by then, not merely planned.")
            .Argument<NonNullGraphType<IsoDateGraphType>>("date", "The day to check.")
            .Resolve(c => c.Source.IsActiveOn(c.GetArgument<DateOnly>("date")));
        Text("summary", "A short summary of what it does, from its sources.", p => p.Summary, nullable: true);
        Aliases(p => p.Aliases);
        List<SectorEnum>("sectors", "The key sectors it covers (COVERS).", c => c.Graph().SectorsOf(c.Source));
        List<KeySectorType>("keySectors", "The key sectors it covers as nodes, with their names (COVERS).",
            c => c.Graph().Targets<KeySector>(c.Source.Id, RelationType.COVERS).OrderBy(s => s.Rank));
        List<CountryType>("partners", "Its partner countries (WITH_PARTNER); a Region partner counts as each of its countries.",
            c => c.Graph().PartnerCountriesOf(c.Source));
        List<RegionType>("partnerRegions", "The regions it names as partner (WITH_PARTNER).",
            c => c.Graph().Targets<Region>(c.Source.Id, RelationType.WITH_PARTNER));
        List<SignatoryUnion>("signatories", "Who signed it: countries and organisations (SIGNED_BY).",
            c => c.Graph().Targets<PolicyNode>(c.Source.Id, RelationType.SIGNED_BY));
        List<RouteType>("routes", "The routes it addresses (TARGETS).", c => c.Graph().Targets<Route>(c.Source.Id, RelationType.TARGETS));
        List<PolicyAreaType>("policyAreas", "The policy areas it draws on (USES_POLICY).",
            c => c.Graph().Targets<PolicyArea>(c.Source.Id, RelationType.USES_POLICY));
        List<ProgrammeType>("programmes", "The programmes implementing it (PART_OF).",
            c => c.Graph().Sources<Programme>(c.Source.Id, RelationType.PART_OF));
        List<CommitmentType>("commitments", "What its signatories undertake (COMMITS_TO).",
            c => c.Graph().Targets<Commitment>(c.Source.Id, RelationType.COMMITS_TO));
        SourcesField();
    }
}

public sealed class KeySectorType : NodeGraphType<KeySector>
{
    public KeySectorType() : base("KeySector",
        "One of the five key sectors of EU migration partnerships as a node of the graph, with its English and Italian names. "
        + "(The enum Sector names the same five.)")
    {
        Field<NonNullGraphType<SectorEnum>>("code").Description("The sector as an enum value.").Resolve(c => c.Source.Code);
        Field<NonNullGraphType<IntGraphType>>("rank").Description("Its place, 1 to 5, in the Council's list.").Resolve(c => c.Source.Rank);
        LocalisedName("name", "The sector's name.", s => s.Name, s => s.NameIt);
        List<PartnershipType>("partnerships", "Partnerships covering this sector (COVERS).",
            c => c.Graph().Sources<Partnership>(c.Source.Id, RelationType.COVERS));
        List<ProgrammeType>("programmes", "Programmes covering this sector (COVERS).",
            c => c.Graph().Sources<Programme>(c.Source.Id, RelationType.COVERS));
        List<CommitmentType>("commitments", "Commitments in this sector.",
            c => c.Graph().Commitments.Where(m => m.Sector == c.Source.Code));
        SourcesField();
    }
}

public sealed class PolicyAreaType : NodeGraphType<PolicyArea>
{
    public PolicyAreaType() : base("PolicyArea", "A policy area partnerships draw on: education, development, visas, trade, and so on.")
    {
        LocalisedName("name", "The policy area's name.", p => p.Name, p => p.NameIt);
        List<PartnershipType>("partnerships", "Partnerships drawing on this policy area (USES_POLICY).",
            c => c.Graph().Sources<Partnership>(c.Source.Id, RelationType.USES_POLICY));
        SourcesField();
    }
}

public sealed class ProgrammeType : NodeGraphType<Programme>
{
    public ProgrammeType() : base("Programme",
        "A programme implementing a partnership, such as assisted voluntary return and reintegration (AVRR).")
    {
        LocalisedName("name", "The programme's name.", p => p.Name, p => p.NameIt);
        Field<NonNullGraphType<ProgrammeKindEnum>>("kind").Description("The kind of programme.").Resolve(c => c.Source.Kind);
        Text("summary", "A short summary, from its sources.", p => p.Summary, nullable: true);
        Field<IntGraphType>("startYear").Description("The year it started; null when not known.").Resolve(c => c.Source.StartYear);
        Field<IntGraphType>("endYear").Description("The year it ends or ended; null when not known.").Resolve(c => c.Source.EndYear);
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

public sealed class OrganisationType : NodeGraphType<Organisation>
{
    public OrganisationType() : base("Organisation",
        "An EU institution or agency, a national ministry, an international organisation (IOM, UNHCR) or a forum.")
    {
        LocalisedName("name", "The organisation's name.", o => o.Name, o => o.NameIt);
        Field<NonNullGraphType<OrganisationKindEnum>>("kind").Description("What kind of body it is.").Resolve(c => c.Source.Kind);
        Aliases(o => o.Aliases);
        List<PartnershipType>("signedPartnerships", "Partnerships it signed (SIGNED_BY).",
            c => c.Graph().Sources<Partnership>(c.Source.Id, RelationType.SIGNED_BY));
        List<ProgrammeType>("implements", "Programmes it implements (IMPLEMENTED_BY).",
            c => c.Graph().Sources<Programme>(c.Source.Id, RelationType.IMPLEMENTED_BY));
        SourcesField();
    }
}

public sealed class CommitmentType : NodeGraphType<Commitment>
{
    public CommitmentType() : base("Commitment", "Something the signatories of a partnership undertake.")
    {
        Text("text", "What is undertaken, in the words of the model.", m => m.Text);
        Field<SectorEnum>("sector").Description("The key sector it belongs to; null when it belongs to none.").Resolve(c => c.Source.Sector);
        Field<RecurrenceEnum>("recurrence").Description("How often it is carried out; null when the sources do not say.")
            .Resolve(c => c.Source.Recurrence);
        List<PartnershipType>("partnerships", "The partnerships that carry this commitment (COMMITS_TO).",
            c => c.Graph().Sources<Partnership>(c.Source.Id, RelationType.COMMITS_TO));
        SourcesField();
    }
}

public sealed class IndicatorType : NodeGraphType<Indicator>
{
    public IndicatorType() : base("Indicator", "A measured figure about one or more routes, such as smugglers' profits over a period.")
    {
        Text("metric", "What is measured.", i => i.Metric);
        Field<FloatGraphType>("value").Description("The figure; null when the sources give none.").Resolve(c => c.Source.Value);
        Text("unit", "The unit of the figure (EUR, persons...).", i => i.Unit, nullable: true);
        Field<NonNullGraphType<BooleanGraphType>>("approximate").Description("Whether the source gives the figure as approximate (\"about\").")
            .Resolve(c => c.Source.Approximate);
        Field<IsoDateGraphType>("periodStart").Description("First day of the period measured; null when not known.").Resolve(c => c.Source.PeriodStart);
        Field<IsoDateGraphType>("periodEnd").Description("Last day of the period measured; null when not known.").Resolve(c => c.Source.PeriodEnd);
        List<RouteType>("routes", "The routes the figure is about (MEASURES).", c => c.Graph().Targets<Route>(c.Source.Id, RelationType.MEASURES));
        SourcesField();
    }
}

public sealed class DocumentType : NodeGraphType<Document>
{
    public DocumentType() : base("Document", "A source document. Every fact in the graph traces back to one.")
    {
        Text("title", "The document's title.", d => d.Title);
        Text("publisher", "Who published it.", d => d.Publisher);
        Field<IsoDateGraphType>("date").Description("The day it was published or adopted; null when the document gives none.").Resolve(c => c.Source.Date);
        Text("url", "Where it is published; set only when known exactly, otherwise null.", d => d.Url, nullable: true);
        Text("language", "The language of the document (ISO 639-1, such as en or it); quotes are in this language.", d => d.Language);
        List<CitationType>("citedBy", "The nodes taken from this document (SOURCED_FROM), each with its quote.",
            c => c.Graph().In(c.Source.Id, RelationType.SOURCED_FROM).Select(r => new Citation(c.Graph().Node(r.FromId)!, r.Quote)));
    }
}

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

/// <summary>A country's place on a route, seen from either end.</summary>
public sealed record RouteMembership(Country Country, Route Route, ImmutableArray<RouteRole> Roles)
{
    /// <summary>The documents the ON_ROUTE relationships come from.</summary>
    public IEnumerable<Document> Sources(PolicyGraph graph) => graph.Out(Country.Id, RelationType.ON_ROUTE)
        .Where(r => r.ToId == Route.Id && r.SourceId is not null)
        .Select(r => r.SourceId!).Distinct().Select(graph.Node<Document>).OfType<Document>();
}

/// <summary>A node taken from a document, with the quoted sentence.</summary>
public sealed record Citation(PolicyNode Node, string? Quote);
