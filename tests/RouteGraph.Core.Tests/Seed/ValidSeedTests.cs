using RouteGraph.Core.Graph;
using RouteGraph.Core.Model;
using RouteGraph.Core.Seed;

namespace RouteGraph.Core.Tests.Seed;

public sealed class ValidSeedTests : IDisposable
{
    readonly SeedFolder _seed = SeedFolder.Valid();

    public void Dispose() => _seed.Dispose();

    PolicyGraph Load()
    {
        var result = SeedLoader.Load(_seed.Directory);
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        return result.Graph!;
    }

    [Fact]
    public void Valid_seed_loads_every_label_and_relationship_type()
    {
        var graph = Load();

        var labels = graph.Nodes.CountBy(n => n.Label).ToDictionary();
        Assert.Equal(Enum.GetValues<NodeLabel>().Length, labels.Count);
        Assert.Equal(3, labels[NodeLabel.Country]);
        Assert.Equal(2, labels[NodeLabel.LifecycleEvent]);
        Assert.All(labels.Where(l => l.Key is not (NodeLabel.Country or NodeLabel.LifecycleEvent)), l => Assert.Equal(1, l.Value));

        var types = graph.Relations.CountBy(r => r.Type).ToDictionary();
        Assert.Equal(Enum.GetValues<RelationType>().Length, types.Count);
        Assert.Equal(4, types[RelationType.ON_ROUTE]);
        Assert.Equal(2, types[RelationType.LEG]);
        Assert.Equal(2, types[RelationType.HAS_EVENT]);
        Assert.Equal(25, graph.Relations.Length);
    }

    [Fact]
    public void Adjacency_is_indexed_both_ways()
    {
        var graph = Load();

        Assert.Equal(["IT", "central-mediterranean", "central-mediterranean", "north-africa", "test-document"],
            graph.Outgoing("TN").Select(r => r.ToId).Order(StringComparer.Ordinal));
        Assert.Equal(["LY", "test-avrr"], graph.Incoming("TN").Select(r => r.FromId).Order(StringComparer.Ordinal));
        Assert.Equal(4, graph.In("central-mediterranean", RelationType.ON_ROUTE).Count());

        var tunisia = Assert.Single(graph.RouteMembers("central-mediterranean"), m => m.Country.Id == "TN");
        Assert.Equal([RouteRole.ORIGIN, RouteRole.DEPARTURE], tunisia.Roles.AsEnumerable());
        var onRoute = Assert.Single(graph.RoutesOf(graph.Country("tn")!));
        Assert.Equal("central-mediterranean", onRoute.Route.Id);
    }

    [Fact]
    public void A_region_partner_expands_into_its_countries()
    {
        var graph = Load();
        var partnership = graph.Node<Partnership>("test-partnership")!;

        Assert.Equal(["LY", "TN"], graph.PartnerCountriesOf(partnership).Select(c => c.Id));
        Assert.Equal(["test-partnership"], graph.PartnershipsWith(graph.Country("LY")!).Select(p => p.Id));
        Assert.Empty(graph.PartnershipsWith(graph.Country("IT")!));
    }

    [Fact]
    public void Sources_keep_their_quotes_exactly()
    {
        var graph = Load();

        var source = Assert.Single(graph.SourcesOf(graph.Node("test-partnership")!));
        Assert.Equal("test-document", source.Document.Id);
        Assert.Equal(SeedFolder.Quote, source.Quote);
        Assert.Null(Assert.Single(graph.SourcesOf(graph.Country("TN")!)).Quote);
        Assert.All(graph.Relations.Where(r => r.Type != RelationType.SOURCED_FROM), r => Assert.Equal("test-document", r.SourceId));
    }

    [Fact]
    public void Cells_become_typed_values()
    {
        var graph = Load();

        var tunisia = graph.Country("TN")!;
        Assert.Equal(new GeoPoint(34, 9.5), tunisia.Centroid);
        Assert.Equal(["Tunisian Republic", "Tunisie"], tunisia.Aliases);
        Assert.False(tunisia.EuMember);
        var libya = graph.Country("LY")!;
        Assert.Null(libya.Centroid);
        Assert.Empty(libya.Aliases);
        Assert.True(graph.Country("IT")!.EuMember);

        var partnership = graph.Node<Partnership>("test-partnership")!;
        Assert.Equal(PartialDate.Parse("2022-07-08"), graph.LifecycleOf(partnership).Signed);
        Assert.Null(graph.LifecycleOf(partnership).Last(LifecycleEventKind.ENDED));
        Assert.Equal(PartnershipKind.OPERATIONAL_PARTNERSHIP, partnership.Kind);
        Assert.False(partnership.LegallyBinding);
        Assert.Equal("A fixture, with a comma", partnership.Summary);
        Assert.Null(partnership.Titles.It); // an empty cell is absent, not ""

        Assert.Equal(3, graph.Sector(Sector.ANTI_SMUGGLING)!.Rank);
        var launch = Assert.Single(graph.LifecycleOf(graph.Node<Programme>("test-avrr")!).Events);
        Assert.Equal((DatePrecision.YEAR, "the first year covered"), (launch.Date!.Value.Precision, launch.Note));
        var indicator = graph.Node<Indicator>("test-indicator")!;
        Assert.Equal(1.5, indicator.Value);
        Assert.Equal(new DateOnly(2019, 12, 31), indicator.PeriodEnd);
        Assert.Equal(Recurrence.YEARLY, graph.Node<Commitment>("test-commitment")!.Recurrence);

        var leg = Assert.Single(graph.Out("TN", RelationType.LEG));
        Assert.Equal(("IT", "central-mediterranean", RouteMode.SEA), (leg.ToId, leg.RouteId, leg.Mode));
    }

    [Fact]
    public void Columns_may_come_in_any_order_and_optional_ones_may_be_left_out()
    {
        _seed.Write("nodes/Region.csv", "name,:LABEL,id:ID\nNorth Africa,Region,north-africa\n");

        var region = Load().Node<Region>("north-africa")!;
        Assert.Equal("North Africa", region.Name);
        Assert.Null(region.Names.It);
    }

    [Fact]
    public void Windows_line_endings_a_byte_order_mark_and_blank_lines_are_read()
    {
        var file = "nodes/Country.csv";
        _seed.Write(file, "\uFEFF" + _seed.Read(file).Replace("\n", "\r\n") + "\r\n\r\n");

        Assert.Equal(3, Load().Countries.Length);
    }

    [Fact]
    public void A_quoted_line_break_is_reported_where_it_starts_and_later_lines_keep_their_numbers()
    {
        var file = "nodes/Route.csv";
        _seed.Replace(file, ",SEA,,", ",SEA,\"Two\r\nlines\",");
        _seed.Append(file, "western-balkans,Route,Western Balkans,,,BOAT,,");

        var problems = SeedLoader.Load(_seed.Directory).Problems;
        // neo4j-admin import (without --multiline-fields) reads one record per line, so the seed may not rely on more.
        Assert.Equal([(file, 2, 7), (file, 4, 6)], problems.Select(p => (p.File, p.Line, p.Column))); // line 2 spans lines 2-3
        Assert.Contains("field spans lines", problems[0].Reason);
    }

    [Fact]
    public void Read_gives_the_records_with_their_locations()
    {
        var records = SeedLoader.Read(_seed.Directory);

        Assert.Empty(records.Problems);
        var tunisia = Assert.Single(records.Nodes, n => n.Id == "TN");
        Assert.Equal(new SourceLocation("nodes/Country.csv", 3), tunisia.Location);
        Assert.Equal("TUN", tunisia.Properties["iso3"]);
        Assert.Equal(false, tunisia.Properties["euMember"]);
        Assert.False(records.Nodes.Single(n => n.Id == "LY").Properties.ContainsKey("lat")); // blank cell: absent
        Assert.Equal(25, records.Relationships.Count);
    }

    [Fact]
    public void The_assembler_builds_the_same_graph_from_the_records_of_another_store()
    {
        var records = SeedLoader.Read(_seed.Directory);
        var moved = records.Nodes.Select(n => n with { Location = new SourceLocation($"neo4j:{n.Label}:{n.Id}", 0, 0) });

        var result = PolicyGraphAssembler.Assemble("v1", moved, records.Relationships);

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Equal("v1", result.Graph!.Version);
        Assert.Equal(Load().Nodes.Count(), result.Graph.Nodes.Count());
    }
}
