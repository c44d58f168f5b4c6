using System.Text.Json.Nodes;

namespace RouteGraph.Api.Tests;

/// <summary>The coverage rules on the bundled graph-seed, asked through GraphQL as an analyst would.</summary>
public sealed class CoverageOnTheSeedTests(DataQuestionsTests.SeedApi api) : IClassFixture<DataQuestionsTests.SeedApi>
{
    async Task<JsonNode> CoverageAsync(string route, string day, string selection)
    {
        var client = await api.ReadyClientAsync();
        return (await client.DataAsync($"{{ routeCoverage(routeId: \"{route}\", activeOn: \"{day}\") {{ {selection} }} }}"))["routeCoverage"]!;
    }

    static IEnumerable<JsonNode> Cells(JsonNode coverage) => coverage["cells"]!.AsArray().Select(c => c!);

    static string Iso(JsonNode cell) => cell["country"]!["iso2"]!.GetValue<string>();

    [Fact]
    public async Task The_eu_turkiye_statement_covers_turkiye_not_the_countries_of_the_route_it_targets()
    {
        var coverage = await CoverageAsync("eastern-mediterranean", "2024-01-01", "cells { country { iso2 } sector state partnerships { id } }");

        var byStatement = Cells(coverage).Where(c => c["partnerships"]!.AsArray().Any(p => p!["id"]!.GetValue<string>() == "eu-turkey-statement"));
        Assert.Equal(["TR"], byStatement.Select(Iso).Distinct());
        // Syria is no partnership's partner: targeting the route covers none of its cells.
        Assert.All(Cells(coverage).Where(c => Iso(c) == "SY"), c => Assert.NotEqual("COVERED", c["state"]!.GetValue<string>()));
        // Afghanistan's return cell is covered, but by its own partnership (the EU-Afghanistan Joint Way Forward, 2016),
        // not by the statement; its other sectors stay uncovered.
        var afghanistan = Cells(coverage).Where(c => Iso(c) == "AF").ToList();
        Assert.Equal(["RETURN_AND_READMISSION"], afghanistan.Where(c => c["state"]!.GetValue<string>() == "COVERED").Select(c => c["sector"]!.GetValue<string>()));
        Assert.Equal(["eu-afghanistan-joint-way-forward"], afghanistan.Single(c => c["sector"]!.GetValue<string>() == "RETURN_AND_READMISSION")["partnerships"]!
            .AsArray().Select(p => p!["id"]!.GetValue<string>()));
    }

    /// <summary>
    /// DATA.md's correction makes Tunisia (and Libya) partners of the Khartoum Process, launched 2014-11-28, which
    /// covers anti-smuggling. So with true data Tunisia's anti-smuggling cell on the Central Mediterranean is already
    /// COVERED the day before the EU-Tunisia operational partnership of 2023-04-27, by the Khartoum Process alone;
    /// from 2023-04-27 the operational partnership joins it. Only with the Khartoum Process left out (a scenario) is
    /// the cell the GAP (NOT_YET_ACTIVE) that the operational partnership closes on its launch day.
    /// </summary>
    [Fact]
    public async Task Tunisias_anti_smuggling_cell_is_covered_by_the_khartoum_process_before_the_operational_partnership_joins_it()
    {
        const string Selection = "cells(sector: ANTI_SMUGGLING) { country { iso2 } state reason partnerships { id } }";
        static string[] Ids(JsonNode cell) => [.. cell["partnerships"]!.AsArray().Select(p => p!["id"]!.GetValue<string>())];
        var before = Cells(await CoverageAsync("central-mediterranean", "2023-04-26", Selection)).Single(c => Iso(c) == "TN");
        var on = Cells(await CoverageAsync("central-mediterranean", "2023-04-27", Selection)).Single(c => Iso(c) == "TN");

        Assert.Equal("COVERED", before["state"]!.GetValue<string>());
        Assert.Equal(["khartoum-process"], Ids(before));
        Assert.Equal("COVERED", on["state"]!.GetValue<string>());
        Assert.Equal(["eu-tunisia-anti-smuggling-partnership", "khartoum-process"], Ids(on).Order(StringComparer.Ordinal));

        const string Without = "scenario: { without: [\"khartoum-process\"] }";
        var client = await api.ReadyClientAsync();
        async Task<JsonNode> WithoutKhartoumAsync(string day) => Cells((await client.DataAsync(
            $"{{ routeCoverage(routeId: \"central-mediterranean\", activeOn: \"{day}\", {Without}) {{ {Selection} }} }}"))["routeCoverage"]!)
            .Single(c => Iso(c) == "TN");
        var gapBefore = await WithoutKhartoumAsync("2023-04-26");
        var coveredOn = await WithoutKhartoumAsync("2023-04-27");

        Assert.Equal(("GAP", "NOT_YET_ACTIVE"), (gapBefore["state"]!.GetValue<string>(), gapBefore["reason"]!.GetValue<string>()));
        Assert.Equal("COVERED", coveredOn["state"]!.GetValue<string>());
        Assert.Equal(["eu-tunisia-anti-smuggling-partnership"], Ids(coveredOn));
    }

    [Fact]
    public async Task A_departure_only_country_has_a_row_and_no_country_weighs_twice()
    {
        var coverage = await CoverageAsync("eastern-mediterranean", "2024-01-01",
            "coveredCount gapCount unknownCount ratio rows { country { iso2 } roles } cells { country { iso2 } sector state }");

        var rows = coverage["rows"]!.AsArray();
        Assert.Contains(rows, r => r!["country"]!["iso2"]!.GetValue<string>() == "LB");
        var isos = rows.Select(r => r!["country"]!["iso2"]!.GetValue<string>()).ToList();
        Assert.Equal(isos.Count, isos.Distinct().Count());
        var cells = Cells(coverage).ToList();
        Assert.Equal(isos.Count * 5, cells.Count);
        Assert.Equal(cells.Count, cells.Select(c => (Iso(c), c["sector"]!.GetValue<string>())).Distinct().Count());
        var (covered, gap) = (coverage["coveredCount"]!.GetValue<int>(), coverage["gapCount"]!.GetValue<int>());
        Assert.Equal(cells.Count, covered + gap + coverage["unknownCount"]!.GetValue<int>());
        Assert.Equal((double)covered / (covered + gap), coverage["ratio"]!.GetValue<double>(), 9);
    }
}
