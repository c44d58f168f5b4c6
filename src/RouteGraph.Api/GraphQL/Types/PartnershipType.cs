using global::GraphQL;
using global::GraphQL.Types;
using RouteGraph.Core.Model;

namespace RouteGraph.Api.GraphQL.Types;

public sealed class PartnershipType : NodeGraphType<Partnership>
{
    public PartnershipType() : base("Partnership",
        "A partnership on migration: an EU partnership, a bilateral declaration or agreement, a regional dialogue.")
    {
        LocalisedName("title", "The partnership's title.", p => p.Titles);
        Field<NonNullGraphType<PartnershipKindEnum>>("kind").Description("The kind of instrument.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<PartnershipLevelEnum>>("level").Description("Who the parties are: bilateral, regional, EU or global.")
            .Resolve(c => c.Source.Level);
        Field<BooleanGraphType>("legallyBinding").Description("Whether it binds its parties in law; null when the sources do not say.")
            .Resolve(c => c.Source.LegallyBinding);
        LifecycleFields("partnership");
        Field<NonNullGraphType<BooleanGraphType>>("activeOn")
            .Description("Whether it was certainly in effect on a day: statusOn(day:) is ACTIVE.")
            .Argument<NonNullGraphType<IsoDateGraphType>>("date", "The day to check.")
            .Resolve(c => c.Graph().LifecycleOf(c.Source).StatusOn(c.GetArgument<DateOnly>("date")).IsActive);
        Text("statusNote", "A note on a contested or doubtful status, in English; null when there is none.", p => p.StatusNote, nullable: true);
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
        List<RouteType>("routes", "The routes it is aimed at (TARGETS): for filtering, the timeline and the map; a target covers no country.", c => c.Graph().Targets<Route>(c.Source.Id, RelationType.TARGETS));
        List<PolicyAreaType>("policyAreas", "The policy areas it draws on (USES_POLICY).",
            c => c.Graph().Targets<PolicyArea>(c.Source.Id, RelationType.USES_POLICY));
        List<ProgrammeType>("programmes", "The programmes implementing it (PART_OF).",
            c => c.Graph().Sources<Programme>(c.Source.Id, RelationType.PART_OF));
        List<CommitmentType>("commitments", "What its signatories undertake (COMMITS_TO).",
            c => c.Graph().Targets<Commitment>(c.Source.Id, RelationType.COMMITS_TO));
        SourcesField();
    }
}
