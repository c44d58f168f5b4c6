using RouteGraph.Core.Analytics;
using RouteGraph.Core.Model;

namespace RouteGraph.Core.Tests.Analytics;

public class GraphSearchTests
{
    static TestGraph Graph() => new TestGraph()
        .Country("TR", "Türkiye", "Turchia", aliases: ["Turkey"])
        .Country("CI", "Côte d'Ivoire", "Costa d’Avorio", aliases: ["Ivory Coast"])
        .Country("NE", "Niger", "Niger")
        .Country("NG", "Nigeria", "Nigeria")
        .Route("central-mediterranean", "Central Mediterranean", nameIt: "Rotta del Mediterraneo centrale")
        .Route("western-mediterranean", "Western Mediterranean", nameIt: "Rotta del Mediterraneo occidentale")
        .Partnership("eu-tr", "2016-03-18", partners: ["TR"], title: "EU–Türkiye Statement", titleIt: "Dichiarazione UE-Turchia")
        .Partnership("op-ne", "2022-07-15", partners: ["NE"], title: "Anti-smuggling operational partnership with Niger");

    [Theory]
    [InlineData("turchia")]
    [InlineData("TURKIYE")]
    [InlineData("türkiye")]
    [InlineData("turkey")]
    [InlineData("tr")]
    public void Finds_a_country_by_any_of_its_names_ignoring_case_and_accents(string text)
    {
        var hit = GraphSearch.Find(Graph().Build(), text)[0];

        Assert.Equal("TR", hit.Node.Id);
        Assert.Equal(GraphSearch.ExactScore, hit.Score);
    }

    [Theory]
    [InlineData("cote d ivoire", "Côte d'Ivoire")]
    [InlineData("côte", "Côte d'Ivoire")]
    [InlineData("Cote D’Ivoire", "Côte d'Ivoire")]
    [InlineData("costa d'avorio", "Costa d’Avorio")]
    [InlineData("ivory", "Ivory Coast")]
    public void Apostrophes_and_accents_do_not_get_in_the_way(string text, string matched)
    {
        var hit = GraphSearch.Find(Graph().Build(), text)[0];

        Assert.Equal("CI", hit.Node.Id);
        Assert.Equal(matched, hit.MatchedText);
    }

    [Fact]
    public void Finds_a_route_by_its_italian_name()
    {
        var hits = GraphSearch.Find(Graph().Build(), "mediterraneo centrale");

        var hit = Assert.Single(hits);
        Assert.Equal("central-mediterranean", hit.Node.Id);
        Assert.Equal("Rotta del Mediterraneo centrale", hit.MatchedText);
        Assert.Equal(GraphSearch.WordPrefixScore, hit.Score);
    }

    [Fact]
    public void Exact_beats_prefix_beats_word_prefix_beats_substring()
    {
        var hits = GraphSearch.Find(Graph().Build(), "niger");

        Assert.Equal(
            [("NE", GraphSearch.ExactScore), ("NG", GraphSearch.PrefixScore), ("op-ne", GraphSearch.WordPrefixScore)],
            hits.Select(h => (h.Node.Id, h.Score)));

        var substring = GraphSearch.Find(Graph().Build(), "iterr");
        Assert.All(substring, h => Assert.Equal(GraphSearch.SubstringScore, h.Score));
        Assert.Equal(["central-mediterranean", "western-mediterranean"], substring.Select(h => h.Node.Id));
    }

    [Fact]
    public void Words_in_another_order_still_match_with_the_lowest_score()
    {
        var hit = Assert.Single(GraphSearch.Find(Graph().Build(), "mediterranean central"));

        Assert.Equal("central-mediterranean", hit.Node.Id);
        Assert.Equal(GraphSearch.AllWordsScore, hit.Score);
    }

    [Fact]
    public void Equal_scores_are_ordered_by_label_then_name()
    {
        var hits = GraphSearch.Find(Graph().Build(), "tur");

        // Türkiye (Country) before the EU–Türkiye Statement (Partnership): labels first.
        Assert.Equal(["TR", "eu-tr"], hits.Select(h => h.Node.Id));
        Assert.Equal(GraphSearch.PrefixScore, hits[0].Score);
        Assert.Equal(GraphSearch.WordPrefixScore, hits[1].Score);

        var mediterranean = GraphSearch.Find(Graph().Build(), "rotta del mediterraneo");
        Assert.Equal(["Central Mediterranean", "Western Mediterranean"], mediterranean.Select(h => h.Node.DisplayName));
    }

    [Fact]
    public void Blank_text_finds_nothing_and_limit_must_be_positive()
    {
        var graph = Graph().Build();

        Assert.Empty(GraphSearch.Find(graph, ""));
        Assert.Empty(GraphSearch.Find(graph, "  ’ - "));
        Assert.Empty(GraphSearch.Find(graph, "atlantis"));
        Assert.Single(GraphSearch.Find(graph, "mediterranean", limit: 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => GraphSearch.Find(graph, "niger", limit: 0));
    }

    [Fact]
    public void Every_label_is_searchable()
    {
        var graph = Graph()
            .AllSectors()
            .Node(new Organisation("iom", new LocalisedNames("International Organization for Migration", "Organizzazione internazionale per le migrazioni",
                "Organisation internationale pour les migrations"), OrganisationKind.INTERNATIONAL_ORGANISATION, ["IOM", "OIM"]))
            .Build();

        Assert.Equal("iom", GraphSearch.Find(graph, "oim")[0].Node.Id);
        Assert.Equal("iom", GraphSearch.Find(graph, "organisation internationale")[0].Node.Id);
        Assert.Equal("anti-smuggling", GraphSearch.Find(graph, "traffico di migranti")[0].Node.Id);
    }
}
