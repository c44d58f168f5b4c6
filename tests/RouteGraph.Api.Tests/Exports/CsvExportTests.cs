using System.Globalization;
using System.Net;
using System.Text;
using CsvHelper;
using RouteGraph.Api.Exports;
using RouteGraph.Api.Tests.Infrastructure;
using RouteGraph.Core.Analytics;
using RouteGraph.Core.Model;

namespace RouteGraph.Api.Tests.Exports;

/// <summary>GET /exports/coverage.csv: RFC 4180, UTF-8 with a byte order mark, and the same rows back through CsvHelper.</summary>
public sealed class CsvExportTests(SeedApiFactory api) : IClassFixture<SeedApiFactory>
{
    static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    async Task<HttpResponseMessage> GetAsync(string query)
    {
        await api.ReadyClientAsync();
        return await api.CreateClient().GetAsync("/exports/coverage.csv" + query);
    }

    static List<CoverageCsvLine> Read(byte[] body)
    {
        // CsvHelper reads it as a spreadsheet would: the BOM tells the encoding, quoted fields may hold commas and line breaks.
        using var reader = new StreamReader(new MemoryStream(body), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        using var csv = new CsvReader(reader, CoverageCsv.Configuration);
        return [.. csv.GetRecords<CoverageCsvLine>()];
    }

    [Fact]
    public async Task The_coverage_matrix_round_trips_through_CsvHelper_one_row_per_country_and_sector()
    {
        var response = await GetAsync("?route=central-mediterranean&day=2023-04-27");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        Assert.Equal("coverage-central-mediterranean-2023-04-27.csv", response.Content.Headers.ContentDisposition!.FileName);
        var body = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(Bom, body[..3]);
        var lines = Read(body);
        var expected = CoverageTable.For(BundledSeed.Graph, "central-mediterranean", new DateOnly(2023, 4, 27))!.Select(CoverageCsv.Line).ToList();
        Assert.Equal(expected, lines);
        Assert.Equal(lines.Count, lines.Select(l => (l.Iso2, l.Sector)).Distinct().Count());
        Assert.Equal(Enum.GetValues<Sector>().Length * lines.Select(l => l.Iso2).Distinct().Count(), lines.Count);

        var tunisia = lines.Single(l => l is { Iso2: "TN", Sector: "ANTI_SMUGGLING" });
        Assert.Equal("COVERED", tunisia.State);
        Assert.Contains("eu-tunisia-anti-smuggling-partnership", tunisia.Partnerships);
        Assert.NotEmpty(tunisia.Sources);
        // accents survive (Excel reads them thanks to the BOM)
        Assert.Contains(lines, l => l.Country == "Côte d'Ivoire");
    }

    [Fact]
    public async Task Lines_end_with_CRLF_and_the_header_names_the_columns()
    {
        var body = await (await GetAsync("?route=western-balkan-route&day=2024-01-01")).Content.ReadAsByteArrayAsync();
        var text = Encoding.UTF8.GetString(body[3..]);

        Assert.StartsWith("Route,Day,Iso2,Country,Roles,Sector,State,Reason,Partnerships,PartnershipTitles,Sources\r\n", text);
        Assert.EndsWith("\r\n", text);
        Assert.DoesNotContain("\n", text.Replace("\r\n", ""));
    }

    [Fact]
    public void Fields_with_commas_quotes_and_line_breaks_are_quoted_and_read_back_unchanged()
    {
        // Real records from the seed, with the awkward text put in: the test does not depend on how the model is built.
        var graph = BundledSeed.Graph;
        var country = graph.Country("CI")!;
        var partnership = graph.PartnershipsWith(graph.Country("TN")!).First() with { Titles = new LocalisedNames("A \"quoted\", comma'd\r\ntitle", null, null) };
        var document = graph.SourcesOf(graph.Country("TN")!).First().Document with { Title = "Accords, déclarations; « citations »" };
        var row = new CoverageTableRow("route", new DateOnly(2024, 1, 1), country.Iso2, country.Name, [RouteRole.ORIGIN, RouteRole.TRANSIT],
            Sector.ANTI_SMUGGLING, CoverageState.COVERED, null, [partnership], [document]);

        var body = CoverageCsv.Write([row]);

        Assert.Contains("\"A \"\"quoted\"\", comma'd\r\ntitle\"", Encoding.UTF8.GetString(body));
        Assert.Equal([CoverageCsv.Line(row)], Read(body));
    }

    [Theory]
    [InlineData("", HttpStatusCode.BadRequest)]
    [InlineData("?route=", HttpStatusCode.BadRequest)]
    [InlineData("?route=atlantis", HttpStatusCode.NotFound)]
    [InlineData("?route=central-mediterranean&day=2023-02-30", HttpStatusCode.BadRequest)]
    public async Task A_missing_or_unknown_route_or_a_malformed_day_is_refused(string query, HttpStatusCode status)
    {
        var response = await GetAsync(query);
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }
}
