using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using RouteGraph.Api.Tests.Infrastructure;
using RouteGraph.Core.Analytics;
using RouteGraph.Core.Model;

namespace RouteGraph.Api.Tests;

/// <summary>
/// DATA.md's seven questions, asked through GraphQL against the bundled graph-seed with the very queries
/// docs/graphql.md shows, checked against the facts DATA.md states and against the answers the doc prints.
/// To refresh the printed answers after a data change: ROUTEGRAPH_UPDATE_DOCS=1 dotnet test tests/RouteGraph.Api.Tests
/// </summary>
public sealed partial class DataQuestionsTests : IClassFixture<DataQuestionsTests.SeedApi>
{
    public sealed class SeedApi : ApiFactory
    {
        public SeedApi() => ServeBundledSeed = true;
    }

    readonly SeedApi _api;

    public DataQuestionsTests(SeedApi api) => _api = api;

    static string DocPath => Path.Combine(RepoPaths.Root, "docs", "graphql.md");

    [GeneratedRegex("```graphql\\n# DATA\\.md question (?<n>\\d)\\n(?<query>[\\s\\S]*?)```\\s*\\n(?<between>[^`]*)```json\\n(?<answer>[\\s\\S]*?)```")]
    private static partial Regex QuestionBlock();

    static Dictionary<int, (string Query, string Answer, Match Match)> DocumentedQuestions()
    {
        var doc = File.ReadAllText(DocPath).ReplaceLineEndings("\n");
        return QuestionBlock().Matches(doc).ToDictionary(m => int.Parse(m.Groups["n"].Value), m => (m.Groups["query"].Value, m.Groups["answer"].Value, m));
    }

    async Task<JsonNode> AskAsync(int question, bool needsAnalytics = false)
    {
        var documented = DocumentedQuestions();
        Assert.True(documented.ContainsKey(question), $"docs/graphql.md has no block for DATA.md question {question}.");
        var client = await _api.ReadyClientAsync();
        var answer = await client.PostAsync(documented[question].Query);
        var body = new JsonObject { ["data"] = answer.OkData().DeepClone() };
        CompareWithDoc(question, body);
        return body["data"]!;
    }

    static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    static void CompareWithDoc(int question, JsonNode live)
    {
        var printed = live.ToJsonString(Indented) + "\n";
        var documented = DocumentedQuestions()[question];
        if (JsonNode.DeepEquals(JsonNode.Parse(documented.Answer), live))
            return;
        if (Environment.GetEnvironmentVariable("ROUTEGRAPH_UPDATE_DOCS") == "1")
        {
            lock (DocLock)
            {
                var doc = File.ReadAllText(DocPath).ReplaceLineEndings("\n");
                var match = QuestionBlock().Matches(doc).Single(m => m.Groups["n"].Value == question.ToString());
                var answer = match.Groups["answer"];
                File.WriteAllText(DocPath, doc[..answer.Index] + printed + doc[(answer.Index + answer.Length)..]);
            }

            return;
        }

        Assert.Fail($"""
            docs/graphql.md prints another answer to DATA.md question {question} than the API gives now (the data changed?).
            Refresh the doc with: ROUTEGRAPH_UPDATE_DOCS=1 dotnet test tests/RouteGraph.Api.Tests --filter DataQuestionsTests
            The API answers:
            {printed}
            """);
    }

    static readonly object DocLock = new();

    static IEnumerable<string> Strings(JsonNode? list, string key) => list!.AsArray().Select(n => n![key]!.GetValue<string>());

    [Fact]
    public async Task Q1_anti_smuggling_operational_partnerships_with_whom_and_when()
    {
        var data = await AskAsync(1, needsAnalytics: true);
        var launched = data["partnerships"]!["nodes"]!.AsArray().Select(p => (
            Partner: p!["partners"]!.AsArray().Count == 1 && p["partnerRegions"]!.AsArray().Count == 0
                ? p["partners"]![0]!["iso2"]!.GetValue<string>()
                : p["partnerRegions"]![0]!["name"]!.GetValue<string>(),
            Date: p["signedOn"]!.GetValue<string>())).ToList();
        Assert.Equal([("MA", "2022-07-08"), ("NE", "2022-07-15"), ("Western Balkans", "2022-11-04"), ("TN", "2023-04-27")], launched);
    }

    [Fact]
    public async Task Q2_countries_the_declaration_focuses_voluntary_returns_from()
    {
        var data = await AskAsync(2);
        var from = data["node"]!["programmes"]!.AsArray().SelectMany(p => Strings(p!["returnsFrom"], "iso2")).Distinct().Order();
        Assert.Equal(["DZ", "LY", "TN"], from);
    }

    [Fact]
    public async Task Q3_smugglers_profits_on_the_central_and_western_mediterranean_2017_2019()
    {
        var data = await AskAsync(3);
        var indicator = data["route"]!["indicators"]!.AsArray().Single(i => i!["periodStart"]!.GetValue<string>().StartsWith("2017", StringComparison.Ordinal))!;
        Assert.Equal(330_000_000, indicator["value"]!.GetValue<double>());
        Assert.Equal("EUR", indicator["unit"]!.GetValue<string>());
        Assert.True(indicator["approximate"]!.GetValue<bool>());
        Assert.StartsWith("2019", indicator["periodEnd"]!.GetValue<string>());
        Assert.Equal(2, indicator["routes"]!.AsArray().Count);
        Assert.Contains(indicator["sources"]!.AsArray(), s => s!["quote"]?.GetValue<string>().Contains("330 milioni di euro") == true);
    }

    [Fact]
    public async Task Q4_the_five_key_sectors_in_english_and_italian()
    {
        var data = await AskAsync(4);
        var sectors = data["sectors"]!.AsArray();
        Assert.Equal(["HOST_COUNTRY_SUPPORT", "ECONOMIC_OPPORTUNITIES", "ANTI_SMUGGLING", "RETURN_AND_READMISSION", "LEGAL_PATHWAYS"], Strings(sectors, "code"));
        Assert.Equal(
        [
            "Sostenere i paesi che ospitano rifugiati e comunità di accoglienza",
            "Creare opportunità economiche vicino a casa, in particolare per i giovani",
            "Lottare contro il traffico di migranti",
            "Migliorare il rimpatrio e la riammissione, intensificare i rimpatri volontari e contribuire al reinserimento",
            "Sviluppare canali regolamentati per la migrazione legale",
        ], Strings(sectors, "nameIt"));
        Assert.All(sectors, s => Assert.NotEqual(s!["nameIt"]!.GetValue<string>(), s["name"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Q5_the_declaration_is_not_legally_binding_and_sets_up_yearly_consultations()
    {
        var data = await AskAsync(5);
        var declaration = data["node"]!;
        Assert.False(declaration["legallyBinding"]!.GetValue<bool>());
        Assert.Contains(declaration["commitments"]!.AsArray(), c => c!["recurrence"]?.GetValue<string>() == "YEARLY"
            && c["text"]!.GetValue<string>().Contains("consultations", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Q6_routes_through_tunisia_and_its_roles()
    {
        var data = await AskAsync(6);
        var routes = data["country"]!["routes"]!.AsArray();
        var expected = BundledSeed.Graph.RoutesOf(BundledSeed.Graph.Country("TN")!);
        Assert.Equal(expected.Select(r => r.Route.Name), routes.Select(r => r!["route"]!["name"]!.GetValue<string>()));
        Assert.Equal(expected.Select(r => string.Join(",", r.Roles)), routes.Select(r => string.Join(",", r!["roles"]!.AsArray().Select(x => x!.GetValue<string>()))));
        Assert.Contains("central-mediterranean", routes.Select(r => r!["route"]!["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Q7_origin_transit_and_departure_countries_without_an_active_partnership_in_a_sector()
    {
        var data = await AskAsync(7, needsAnalytics: true);
        var day = new DateOnly(2023, 6, 1);
        var coverage = RouteCoverageAnalysis.Compute(BundledSeed.Graph, "central-mediterranean", day)!;
        string Show(string name, IEnumerable<string> roles, string? reason) => $"{name}/{string.Join(",", roles)}/{reason}";
        var expected = coverage.Gaps.Where(g => g.Sector == Sector.ANTI_SMUGGLING).Select(g => Show(g.Country.Name, g.Roles.Select(r => r.ToString()), g.Reason?.ToString()));
        var gaps = data["routeCoverage"]!["gaps"]!.AsArray().Select(g => Show(g!["country"]!["name"]!.GetValue<string>(),
            g["roles"]!.AsArray().Select(r => r!.GetValue<string>()), g["reason"]!.GetValue<string>()));
        Assert.Equal(expected, gaps);
        Assert.Equal(coverage.Counts.Ratio!.Value, data["routeCoverage"]!["ratio"]!.GetValue<double>(), 9);
        Assert.Equal(coverage.Counts.Unknown, data["routeCoverage"]!["unknownCount"]!.GetValue<int>());
        Assert.DoesNotContain("Tunisia", gaps.Select(g => g.Split('/')[0])); // covered by the Khartoum Process (2014-11-28) and the operational partnership (2023-04-27)
        // Every country counts once, with all its roles among origin, transit and departure.
        Assert.All(data["routeCoverage"]!["gaps"]!.AsArray(), g => Assert.All(g!["roles"]!.AsArray(),
            r => Assert.Contains(r!.GetValue<string>(), new[] { "ORIGIN", "TRANSIT", "DEPARTURE" })));
        Assert.Equal(gaps.Count(), gaps.Select(g => g.Split('/')[0]).Distinct().Count());
    }
}
