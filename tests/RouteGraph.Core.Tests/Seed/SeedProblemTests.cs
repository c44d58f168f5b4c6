using RouteGraph.Core.Graph;
using RouteGraph.Core.Seed;

namespace RouteGraph.Core.Tests.Seed;

/// <summary>Each test breaks one thing in a valid seed and checks the one problem it causes: file, line, column, reason.</summary>
public sealed class SeedProblemTests : IDisposable
{
    const string Countries = "nodes/Country.csv", Routes = "nodes/Route.csv", Partnerships = "nodes/Partnership.csv",
        Events = "nodes/LifecycleEvent.csv", Indicators = "nodes/Indicator.csv",
        OnRoute = "relationships/ON_ROUTE.csv", Leg = "relationships/LEG.csv";

    readonly SeedFolder _seed = SeedFolder.Valid();

    public void Dispose() => _seed.Dispose();

    /// <summary>Loads the seed, which must fail with exactly one problem (no follow-on noise), and checks where it is.</summary>
    GraphProblem OnlyProblem(string file, int line, int column, string reasonPart)
    {
        var result = SeedLoader.Load(_seed.Directory);
        Assert.Null(result.Graph);
        Assert.False(result.Succeeded);
        var problem = Assert.Single(result.Problems);
        Assert.Equal((file, line, column), (problem.File, problem.Line, problem.Column));
        Assert.Contains(reasonPart, problem.Reason);
        Assert.Equal($"{file}:{line}:{column}: {problem.Reason}", problem.ToString());
        return problem;
    }

    int Column(string file, string header) => _seed.ColumnOf(file, header);

    // Files and CSV syntax

    [Fact]
    public void Missing_file()
    {
        _seed.Delete("relationships/MEASURES.csv");
        OnlyProblem("relationships/MEASURES.csv", 0, 0, "missing file");
    }

    [Fact]
    public void Missing_node_file_is_reported_once_and_references_to_its_nodes_are_reported()
    {
        _seed.Delete("nodes/PolicyArea.csv");

        var problems = SeedLoader.Load(_seed.Directory).Problems;
        Assert.Equal(["nodes/PolicyArea.csv:0:0", "relationships/USES_POLICY.csv:2:2"], problems.Select(p => $"{p.File}:{p.Line}:{p.Column}"));
        Assert.Contains("end id 'visas' names no node", problems[1].Reason);
    }

    [Fact]
    public void Unknown_csv_file_in_a_seed_subfolder()
    {
        _seed.Write("nodes/Ship.csv", "id:ID,:LABEL\n");
        OnlyProblem("nodes/Ship.csv", 0, 0, "unknown seed file");
    }

    [Fact]
    public void Empty_file_lacks_its_header()
    {
        _seed.Write("relationships/LEG.csv", "");
        OnlyProblem("relationships/LEG.csv", 1, 1, "empty file: expected the header :START_ID,:END_ID,:TYPE,route,mode,source");
    }

    [Fact]
    public void Seed_folder_not_found()
    {
        var missing = Path.Combine(_seed.Directory, "nowhere");
        var problem = Assert.Single(SeedLoader.Load(missing).Problems);
        Assert.Equal($"{missing}:0:0: seed folder not found", problem.ToString());
    }

    [Fact]
    public void Stray_quote_is_malformed_csv_at_its_field()
    {
        _seed.Replace(Routes, "Central Mediterranean", "Central \"Med\"");
        OnlyProblem(Routes, 2, 3, "malformed CSV: stray quote");
    }

    [Fact]
    public void A_control_character_in_a_text_cell_is_refused_at_its_cell()
    {
        // Issue 11, defect 10: "Tuni\0sia" was accepted and served.
        _seed.Replace(Countries, "TUN,Tunisia", "TUN,Tuni\0sia");
        OnlyProblem(Countries, _seed.LineOf(Countries, "TN,"), Column(Countries, "name"), "control character U+0000 at position 5");
    }

    [Fact]
    public void A_control_character_in_a_list_item_is_refused_at_its_cell()
    {
        _seed.Replace(Countries, "Tunisian Republic", "Tunisian\u001b[31m Republic");
        OnlyProblem(Countries, _seed.LineOf(Countries, "TN,"), Column(Countries, "aliases:string[]"), "control character U+001B");
    }

    [Fact]
    public void Quoted_field_never_closed()
    {
        _seed.Replace(Routes, "Central Mediterranean", "\"Central Mediterranean");
        OnlyProblem(Routes, 2, 3, "quoted field is never closed");
    }

    [Fact]
    public void Bytes_that_are_not_utf8()
    {
        File.AppendAllBytes(_seed.PathOf(Routes), [0x65, 0x61, 0x73, 0x74, 0xFF, 0x0A]);
        OnlyProblem(Routes, 3, 1, "not valid UTF-8");
    }

    [Fact]
    public void Row_with_the_wrong_number_of_fields()
    {
        _seed.Replace(Routes, ",SEA,,", ",SEA,,,");
        OnlyProblem(Routes, 2, 1, "row has 9 fields but the header has 8");
    }

    // Headers

    [Fact]
    public void Missing_required_column()
    {
        _seed.Write("nodes/Region.csv", "id:ID,:LABEL,nameIt\nnorth-africa,Region,Nord Africa\n");
        OnlyProblem("nodes/Region.csv", 1, 1, "missing required column 'name'");
    }

    [Fact]
    public void Missing_label_column()
    {
        _seed.Write("nodes/Region.csv", "id:ID,name\nnorth-africa,North Africa\n");
        OnlyProblem("nodes/Region.csv", 1, 1, "missing required column ':LABEL'");
    }

    [Fact]
    public void Missing_id_column_leaves_the_file_s_nodes_unknown()
    {
        _seed.Write("nodes/Region.csv", ":LABEL,name\nRegion,North Africa\n");

        var problems = SeedLoader.Load(_seed.Directory).Problems;
        Assert.Equal("nodes/Region.csv:1:1: missing required column 'id:ID'", problems[0].ToString());
        Assert.All(problems.Skip(1), p => Assert.Contains("end id 'north-africa' names no node", p.Reason));
        Assert.Equal(4, problems.Count); // two IN_REGION, one WITH_PARTNER
    }

    [Fact]
    public void Unknown_column_lists_the_allowed_ones()
    {
        _seed.Replace(Routes, "aliases:string[]", "aliases:string[],colour");
        _seed.Replace(Routes, ",SEA,,", ",SEA,,,blue");
        OnlyProblem(Routes, 1, 9, "unknown column 'colour' (allowed: id:ID, :LABEL, name, nameIt, nameFr, mode, description, aliases:string[])");
    }

    [Fact]
    public void Header_type_that_does_not_match_the_schema()
    {
        _seed.Replace(Indicators, "periodStart:date", "periodStart");
        OnlyProblem(Indicators, 1, Column(Indicators, "periodStart"), "column 'periodStart' must be written 'periodStart:date'");
    }

    [Fact]
    public void Repeated_column()
    {
        _seed.Write("nodes/Region.csv", "id:ID,:LABEL,name,name\nnorth-africa,Region,North Africa,North Africa\n");
        OnlyProblem("nodes/Region.csv", 1, 4, "column 'name' repeats column 3");
    }

    // Cells

    [Fact]
    public void Label_cell_not_matching_its_file()
    {
        _seed.Replace(Routes, "central-mediterranean,Route,", "central-mediterranean,Region,");
        OnlyProblem(Routes, 2, 2, ":LABEL is 'Region' but nodes/Route.csv holds Route only");
    }

    [Fact]
    public void Type_cell_not_matching_its_file()
    {
        _seed.Replace(Leg, "LY,TN,LEG", "LY,TN,ON_ROUTE");
        OnlyProblem(Leg, 2, 3, ":TYPE is 'ON_ROUTE' but relationships/LEG.csv holds LEG only");
    }

    [Fact]
    public void Empty_id()
    {
        _seed.Append(Routes, ",Route,Nameless,,,SEA,,");
        OnlyProblem(Routes, 3, 1, "empty id");
    }

    [Fact]
    public void Empty_start_id()
    {
        _seed.Append(OnRoute, ",central-mediterranean,ON_ROUTE,ORIGIN,,test-document");
        OnlyProblem(OnRoute, 6, 1, "empty :START_ID");
    }

    [Theory]
    [InlineData("tn", "upper-case ISO 3166-1 alpha-2")]
    [InlineData("TUN", "upper-case ISO 3166-1 alpha-2")]
    public void Country_id_that_is_not_iso_alpha2_upper_case(string id, string reason)
    {
        _seed.Append(Countries, $"{id},Country,XXX,Testland,Testland,,,,,false");
        OnlyProblem(Countries, 5, 1, reason);
    }

    [Theory]
    [InlineData("Western_Balkans")]
    [InlineData("western--balkans")]
    [InlineData("-western")]
    public void Other_id_that_is_not_kebab_case(string id)
    {
        _seed.Append(Routes, $"{id},Route,Western Balkans,,,LAND,,");
        OnlyProblem(Routes, 3, 1, $"Route id '{id}' is not a kebab-case slug");
    }

    [Theory]
    [InlineData("legallyBinding:boolean", "false", "no", "bad boolean 'no' for 'legallyBinding' (expected true or false)")]
    public void Bad_partnership_value(string header, string good, string bad, string reason)
    {
        _seed.Replace(Partnerships, $",{good},", $",{bad},");
        OnlyProblem(Partnerships, 2, Column(Partnerships, header), reason);
    }

    [Theory]
    [InlineData("8 July 2022", "bad date for 'date': '8 July 2022' is not a date: write yyyy, yyyy-MM or yyyy-MM-dd")]
    [InlineData("2022-02-30", "'2022-02-30' is not a day: 2022-02 has 28 days")]
    [InlineData("2006-13", "'2006-13' has month 13, not 01 to 12")]
    [InlineData("06", "'06' is not a date")]
    [InlineData("2006-7", "'2006-7' is not a date")]
    [InlineData("2006-07-1", "'2006-07-1' is not a date")]
    [InlineData("0000", "has no year 0000")]
    [InlineData("2022-07-08T00:00", "is not a date")]
    public void Bad_partial_date(string bad, string reason)
    {
        _seed.Replace(Events, ",2022-07-08,", $",{bad},");
        OnlyProblem(Events, 2, Column(Events, "date"), reason);
    }

    [Theory]
    [InlineData("2006")]
    [InlineData("2006-07")]
    [InlineData("2024-02-29")]
    public void A_year_a_month_or_a_day_is_a_date(string date)
    {
        _seed.Replace(Events, ",2022-07-08,", $",{date},");
        var graph = SeedLoader.Load(_seed.Directory).Graph!;
        Assert.Equal(date, graph.Node<Core.Model.LifecycleEvent>("test-partnership-launched")!.Date.ToString());
    }

    [Fact]
    public void An_event_belongs_to_exactly_one_partnership_or_programme()
    {
        _seed.Append(Events, "orphan-event,LifecycleEvent,ENDED,2024,");
        OnlyProblem(Events, 4, 1, "event 'orphan-event' belongs to no partnership or programme");
    }

    [Fact]
    public void An_event_with_two_subjects_is_refused()
    {
        _seed.Append("relationships/HAS_EVENT.csv", "test-avrr,test-partnership-launched,HAS_EVENT,test-document");
        OnlyProblem(Events, 2, 1, "event 'test-partnership-launched' belongs to test-avrr and test-partnership");
    }

    [Fact]
    public void Bad_int()
    {
        _seed.Replace("nodes/Sector.csv", ",3,", ",third,");
        OnlyProblem("nodes/Sector.csv", 2, 4, "bad int 'third' for 'rank'");
    }

    [Theory]
    [InlineData("34,5")]
    [InlineData("NaN")]
    public void Bad_float(string lat)
    {
        _seed.Replace(Countries, ",34,", $",{SeedFolder.Escape(lat)},");
        OnlyProblem(Countries, 3, Column(Countries, "lat:float"), $"bad float '{lat}' for 'lat'");
    }

    [Fact]
    public void Unknown_enum_value_lists_the_allowed_values()
    {
        _seed.Replace(Routes, ",SEA,", ",BOAT,");
        OnlyProblem(Routes, 2, 6, "unknown mode 'BOAT' (allowed: SEA, LAND, MIXED)");
    }

    [Fact]
    public void Enum_values_are_case_sensitive()
    {
        _seed.Replace(Routes, ",SEA,", ",sea,");
        OnlyProblem(Routes, 2, 6, "unknown mode 'sea'");
    }

    [Fact]
    public void Required_value_empty()
    {
        _seed.Replace(Routes, "Central Mediterranean", " ");
        OnlyProblem(Routes, 2, 3, "required value 'name' is empty");
    }

    [Fact]
    public void Empty_item_in_a_list()
    {
        _seed.Replace(Countries, "Tunisian Republic;Tunisie", "Tunisian Republic;;Tunisie");
        OnlyProblem(Countries, 3, Column(Countries, "aliases:string[]"), "'aliases' has an empty item");
    }

    [Fact]
    public void Centroid_with_one_coordinate()
    {
        _seed.Replace(Countries, ",9.5,", ",,");
        OnlyProblem(Countries, 3, Column(Countries, "lon:float"), "a centroid needs both 'lat' and 'lon'");
    }

    [Fact]
    public void Sector_rank_outside_the_five()
    {
        _seed.Replace("nodes/Sector.csv", ",ANTI_SMUGGLING,3,", ",ANTI_SMUGGLING,9,");
        OnlyProblem("nodes/Sector.csv", 2, Column("nodes/Sector.csv", "rank:int"), "'rank' 9 is outside 1..5");
    }

    [Fact]
    public void Leg_from_a_country_to_itself()
    {
        var line = _seed.Read(Leg).TrimEnd('\n').Split('\n').Length + 1;
        _seed.Append(Leg, "TN,TN,LEG,central-mediterranean,SEA,test-document");
        OnlyProblem(Leg, line, 2, "LEG from 'TN' to itself");
    }

    [Fact]
    public void End_before_start()
    {
        _seed.Replace(Indicators, "2017-01-01,2019-12-31", "2017-01-01,2016-12-31");
        OnlyProblem(Indicators, 2, Column(Indicators, "periodEnd:date"), "'periodEnd' 2016-12-31 is before 'periodStart' 2017-01-01");
    }

    // Across records

    [Fact]
    public void Duplicate_id_points_to_both_lines()
    {
        _seed.Append(Countries, "TN,Country,TUN,Tunisia,Tunisia,,,,,false");
        OnlyProblem(Countries, 5, 1, "duplicate id 'TN' (first at nodes/Country.csv:3)");
    }

    [Fact]
    public void Duplicate_id_across_labels()
    {
        _seed.Append("nodes/Region.csv", "central-mediterranean,Region,Central Mediterranean,,,");
        OnlyProblem(Routes, 2, 1, "duplicate id 'central-mediterranean' (first at nodes/Region.csv:3)"); // files are read in schema order
    }

    [Fact]
    public void Duplicate_sector_code()
    {
        _seed.Append("nodes/Sector.csv", "smuggling,Sector,ANTI_SMUGGLING,3,Smuggling,Traffico,");
        OnlyProblem("nodes/Sector.csv", 3, 3, "sector code ANTI_SMUGGLING is also used by 'anti-smuggling'");
    }

    [Fact]
    public void Relationship_naming_an_unknown_id()
    {
        _seed.Append(OnRoute, "MA,central-mediterranean,ON_ROUTE,ORIGIN,,test-document");
        OnlyProblem(OnRoute, 6, 1, "start id 'MA' names no node");
    }

    [Fact]
    public void Relationship_between_the_wrong_labels()
    {
        _seed.Append(OnRoute, "central-mediterranean,TN,ON_ROUTE,ORIGIN,,test-document");

        var problems = SeedLoader.Load(_seed.Directory).Problems;
        Assert.Equal(
            [
                "relationships/ON_ROUTE.csv:6:1: ON_ROUTE must start at a Country, but 'central-mediterranean' is a Route",
                "relationships/ON_ROUTE.csv:6:2: ON_ROUTE must end at a Route, but 'TN' is a Country",
            ],
            problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Sourced_from_may_start_anywhere_but_at_a_document()
    {
        _seed.Append("relationships/SOURCED_FROM.csv", "test-document,test-document,SOURCED_FROM,");
        OnlyProblem("relationships/SOURCED_FROM.csv", 4, 1, "SOURCED_FROM must start at any node but a Document");
    }

    [Fact]
    public void Source_that_is_not_a_document()
    {
        _seed.Replace(Leg, "SEA,test-document", "SEA,TN");
        OnlyProblem(Leg, 3, Column(Leg, "source"), "source 'TN' is a Country, not a Document");
    }

    [Fact]
    public void Source_that_names_no_node()
    {
        _seed.Replace(Leg, "SEA,test-document", "SEA,frontex-map");
        OnlyProblem(Leg, 3, 6, "source 'frontex-map' names no node (expected a Document)");
    }

    [Fact]
    public void Leg_route_that_is_not_a_route()
    {
        _seed.Replace(Leg, "TN,IT,LEG,central-mediterranean", "TN,IT,LEG,north-africa");
        OnlyProblem(Leg, 3, Column(Leg, "route"), "route 'north-africa' is a Region, not a Route");
    }

    // Many problems at once

    [Fact]
    public void Every_problem_is_reported_at_once_in_file_line_column_order()
    {
        _seed.Replace(Routes, ",SEA,", ",BOAT,");
        _seed.Replace(Events, "2022-07-08", "someday");
        _seed.Replace(Partnerships, ",EU,", ",WORLD,");
        _seed.Append(Countries, "tn,Country,TUN,Tunisia,Tunisia,,,,,maybe");
        _seed.Append(Leg, "TN,XX,LEG,central-mediterranean,SEA,test-document");
        _seed.Delete("relationships/TARGETS.csv");

        var result = SeedLoader.Load(_seed.Directory);

        Assert.Null(result.Graph);
        Assert.Equal(
            [
                "nodes/Country.csv:5:1", "nodes/Country.csv:5:10", "nodes/LifecycleEvent.csv:2:4", "nodes/Partnership.csv:2:7",
                "nodes/Route.csv:2:6", "relationships/LEG.csv:4:2", "relationships/TARGETS.csv:0:0",
            ],
            result.Problems.Select(p => $"{p.File}:{p.Line}:{p.Column}"));
    }

    [Fact]
    public void A_node_with_a_bad_value_is_reported_once_not_again_by_every_reference_to_it()
    {
        // central-mediterranean is the end of every ON_ROUTE, the route of every LEG, the target of TARGETS and MEASURES.
        _seed.Replace(Routes, ",SEA,", ",BOAT,");
        OnlyProblem(Routes, 2, 6, "unknown mode");
    }

    [Fact]
    public void A_file_with_a_bad_header_has_its_rows_checked_but_none_loaded()
    {
        _seed.Replace(Routes, "description", "summary");
        _seed.Replace(Routes, ",SEA,", ",BOAT,");

        var problems = SeedLoader.Load(_seed.Directory).Problems;
        Assert.Equal(["nodes/Route.csv:1:7", "nodes/Route.csv:2:6"], problems.Select(p => $"{p.File}:{p.Line}:{p.Column}"));
    }
}
