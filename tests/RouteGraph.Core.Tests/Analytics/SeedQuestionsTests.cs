using RouteGraph.Core.Analytics;
using RouteGraph.Core.Graph;
using RouteGraph.Core.Model;
using RouteGraph.Core.Seed;

namespace RouteGraph.Core.Tests.Analytics;

/// <summary>
/// The bundled graph-seed, loaded once for the questions of DATA.md. Skipped (with the reason)
/// only while the seed or its loader does not exist yet; a seed that loads with problems fails.
/// </summary>
public sealed class SeedGraphFixture
{
    public SeedGraphFixture()
    {
        try
        {
            var directory = SeedLoader.DefaultDirectory();
            if (!Directory.Exists(directory))
            {
                Unavailable = $"graph-seed not found ({directory})";
                return;
            }

            Result = SeedLoader.Load(directory);
        }
        catch (NotImplementedException)
        {
            Unavailable = "SeedLoader is still a stub";
        }
        catch (DirectoryNotFoundException e)
        {
            Unavailable = "graph-seed not found: " + e.Message;
        }
    }

    public GraphLoadResult? Result { get; }

    public string? Unavailable { get; }

    /// <summary>The seed graph; skips the calling test when there is no seed yet, fails when it does not load.</summary>
    public PolicyGraph Graph
    {
        get
        {
            Skip.If(Unavailable is not null, Unavailable);
            Assert.True(Result!.Succeeded, "graph-seed does not load:\n" + string.Join('\n', Result.Problems.Take(20)));
            return Result.Graph!;
        }
    }
}

/// <summary>DATA.md's questions 1–7, answered through the analytics on the real seed.</summary>
public class SeedQuestionsTests(SeedGraphFixture seed) : IClassFixture<SeedGraphFixture>
{
    static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    static Route RouteNamed(PolicyGraph graph, string id, string name) =>
        graph.Node<Route>(id) ?? graph.Routes.Single(r => r.Name.Contains(name, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The Italy–Netherlands Declaration of Intent, found by what it is rather than by id: a
    /// declaration of intent tied to Italy and the Netherlands by its partners or signatories, or
    /// naming both in its titles.
    /// </summary>
    static Partnership ItalyNetherlandsDeclaration(PolicyGraph graph) =>
        Assert.Single(graph.Partnerships, p =>
        {
            if (p.Kind != PartnershipKind.DECLARATION_OF_INTENT)
                return false;
            var countries = graph.Outgoing(p.Id)
                .Where(r => r.Type is RelationType.WITH_PARTNER or RelationType.SIGNED_BY)
                .Select(r => r.ToId)
                .ToHashSet();
            var texts = string.Join(" | ", p.SearchTexts).ToLowerInvariant();
            return (countries.Contains("IT") && countries.Contains("NL"))
                || (texts.Contains("ital") && (texts.Contains("netherlands") || texts.Contains("paesi bassi") || texts.Contains("dutch")));
        });

    [SkippableFact]
    public void Q1_the_four_anti_smuggling_operational_partnerships_with_partner_and_launch_date()
    {
        var graph = seed.Graph;

        var operational = PartnershipQueries.Find(graph, new(Kinds: [PartnershipKind.OPERATIONAL_PARTNERSHIP], Sectors: [Sector.ANTI_SMUGGLING]));
        string PartnerOf(Partnership p)
        {
            var partner = Assert.Single(graph.Out(p.Id, RelationType.WITH_PARTNER));
            return graph.Node(partner.ToId) switch
            {
                Country c => c.Id,
                Region r => r.Name,
                var other => other!.Id,
            };
        }

        var launched = operational.Select(p => (PartnerOf(p), p.SignedOn)).ToList();
        Assert.Contains(("MA", D("2022-07-08")), launched);
        Assert.Contains(("NE", D("2022-07-15")), launched);
        Assert.Contains(("TN", D("2023-04-27")), launched);
        Assert.Contains(launched, l => l.Item1.Contains("Western Balkans", StringComparison.OrdinalIgnoreCase) && l.SignedOn == D("2022-11-04"));

        // The Western Balkans partnership covers the region's countries one by one.
        var westernBalkans = operational.Single(p => p.SignedOn == D("2022-11-04"));
        Assert.NotEmpty(graph.PartnerCountriesOf(westernBalkans));

        // They are launched, not signed, and each is taken from a document.
        var events = Timeline.Events(graph, null, D("2022-07-08"), D("2023-04-27"))
            .Where(e => e.Partnership.Kind == PartnershipKind.OPERATIONAL_PARTNERSHIP)
            .ToList();
        Assert.True(events.Count >= 4);
        Assert.All(events, e => Assert.Equal(TimelineEventKind.LAUNCHED, e.Kind));
        Assert.All(operational, p => Assert.NotEmpty(graph.SourcesOf(p)));
    }

    [SkippableFact]
    public void Q2_the_italy_netherlands_declaration_focuses_voluntary_returns_from_libya_tunisia_and_algeria()
    {
        var graph = seed.Graph;
        var declaration = ItalyNetherlandsDeclaration(graph);

        var avrr = Assert.Single(graph.Sources<Programme>(declaration.Id, RelationType.PART_OF), p => p.Kind == ProgrammeKind.AVRR);

        Assert.Equal(["DZ", "LY", "TN"], graph.Targets<Country>(avrr.Id, RelationType.RETURNS_FROM).Select(c => c.Id).Order());
        Assert.NotEmpty(graph.SourcesOf(avrr));
    }

    [SkippableFact]
    public void Q3_smugglers_profits_on_the_central_and_western_mediterranean_in_2017_2019()
    {
        var graph = seed.Graph;

        var profits = Assert.Single(graph.Indicators, i => i.Value == 330_000_000);

        Assert.Contains("EUR", profits.Unit ?? "", StringComparison.OrdinalIgnoreCase);
        Assert.Equal(2017, profits.PeriodStart?.Year);
        Assert.Equal(2019, profits.PeriodEnd?.Year);
        var measured = graph.Targets<Route>(profits.Id, RelationType.MEASURES).Select(r => r.Id).Order();
        Assert.Equal(
            new[] { RouteNamed(graph, "central-mediterranean", "Central Mediterranean").Id, RouteNamed(graph, "western-mediterranean", "Western Mediterranean").Id }.Order(),
            measured);
        Assert.Contains(graph.SourcesOf(profits), s => s.Quote?.Contains("330 milioni", StringComparison.Ordinal) == true);
    }

    [SkippableFact]
    public void Q4_the_five_key_sectors_in_english_and_italian()
    {
        var graph = seed.Graph;

        Assert.Equal(Enum.GetValues<Sector>(), graph.Sectors.Select(s => s.Code));
        Assert.Equal([1, 2, 3, 4, 5], graph.Sectors.Select(s => s.Rank));
        Assert.Equal(TestGraph.KeySectors.Select(s => s.NameIt), graph.Sectors.Select(s => s.NameIt));
        Assert.All(graph.Sectors, s => Assert.False(string.IsNullOrWhiteSpace(s.Name)));
        Assert.Equal(5, graph.Sectors.Select(s => s.Name).Distinct().Count());

        Assert.Equal(Sector.ANTI_SMUGGLING, Assert.IsType<KeySector>(GraphSearch.Find(graph, "lottare contro il traffico")[0].Node).Code);
    }

    [SkippableFact]
    public void Q5_the_declaration_is_not_legally_binding_and_sets_up_yearly_consultations()
    {
        var graph = seed.Graph;
        var declaration = ItalyNetherlandsDeclaration(graph);

        Assert.False(declaration.LegallyBinding);
        Assert.Contains(graph.Targets<Commitment>(declaration.Id, RelationType.COMMITS_TO), c => c.Recurrence == Recurrence.YEARLY);
    }

    [SkippableFact]
    public void Q6_tunisia_lies_on_the_central_mediterranean_as_a_departure_country()
    {
        var graph = seed.Graph;
        var centralMediterranean = RouteNamed(graph, "central-mediterranean", "Central Mediterranean");

        var tunisia = graph.Country("TN")!;
        var onCentral = Assert.Single(graph.RoutesOf(tunisia), r => r.Route.Id == centralMediterranean.Id);
        Assert.Contains(RouteRole.DEPARTURE, onCentral.Roles);

        var row = PartnershipQueries.ByRoute(graph, centralMediterranean.Id)!.Value.Single(r => r.Country.Id == "TN");
        Assert.Equal<RouteRole>(onCentral.Roles, row.Roles);
        // The operational partnership of 27 April 2023 is among those covering Tunisia there.
        Assert.Contains(row.Partnerships, p => p.Kind == PartnershipKind.OPERATIONAL_PARTNERSHIP && p.SignedOn == D("2023-04-27"));
    }

    [SkippableFact]
    public void Q7_on_the_central_mediterranean_on_1_january_2023_a_transit_country_has_a_sector_gap()
    {
        var graph = seed.Graph;
        var centralMediterranean = RouteNamed(graph, "central-mediterranean", "Central Mediterranean");

        var coverage = RouteCoverageAnalysis.Compute(graph, centralMediterranean.Id, D("2023-01-01"))!;

        Assert.All(coverage.Cells, c => Assert.Contains(c.Role, new[] { RouteRole.ORIGIN, RouteRole.TRANSIT }));
        Assert.Equal(0, coverage.Cells.Length % 5);
        Assert.Contains(coverage.Gaps, c => c.Role == RouteRole.TRANSIT);
        Assert.InRange(coverage.Ratio, 0, 1);
        // The Tunisian operational partnership (27 April 2023) is not yet active on that date.
        Assert.DoesNotContain(coverage.Cells.SelectMany(c => c.Partnerships), p => p.SignedOn == D("2023-04-27"));
    }

    [SkippableTheory]
    [InlineData("turchia", "TR")]
    [InlineData("Türkiye", "TR")]
    [InlineData("cote d ivoire", "CI")]
    [InlineData("côte", "CI")]
    [InlineData("mediterraneo centrale", "central-mediterranean")]
    public void Search_finds_places_by_any_name_in_any_language(string text, string id)
    {
        var graph = seed.Graph;

        var hits = GraphSearch.Find(graph, text, limit: 5);

        Assert.NotEmpty(hits);
        Assert.Equal(id, hits[0].Node.Id);
    }
}
