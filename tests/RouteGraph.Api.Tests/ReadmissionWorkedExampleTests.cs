using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using RouteGraph.Api.Tests.Infrastructure;

namespace RouteGraph.Api.Tests;

/// <summary>
/// docs/graphql.md's worked example: the Eastern Mediterranean route's return-and-readmission column the day before
/// and the day the EU-Pakistan readmission agreement entered into force (signed 2009-10-26, in force 2010-12-01).
/// Runs the very blocks the doc shows, checks what the example says, and fails when a printed answer differs from the
/// API's. To refresh the printed answers: ROUTEGRAPH_UPDATE_DOCS=1 dotnet test tests/RouteGraph.Api.Tests --filter ReadmissionWorkedExampleTests
/// </summary>
public sealed partial class ReadmissionWorkedExampleTests(DataQuestionsTests.SeedApi api) : IClassFixture<DataQuestionsTests.SeedApi>
{
    static string DocPath => Path.Combine(RepoPaths.Root, "docs", "graphql.md");

    static readonly object DocLock = new();

    static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [GeneratedRegex("```graphql\\n# Worked example (?<n>\\d)\\n(?<query>[\\s\\S]*?)```\\s*\\n(?<between>[^`]*)```json\\n(?<answer>[\\s\\S]*?)```")]
    private static partial Regex ExampleBlock();

    static Match Block(string doc, int step) => ExampleBlock().Matches(doc).SingleOrDefault(m => m.Groups["n"].Value == step.ToString())
        ?? throw new InvalidOperationException($"docs/graphql.md has no block '# Worked example {step}'");

    async Task<JsonNode> RunAsync(int step)
    {
        var doc = File.ReadAllText(DocPath).ReplaceLineEndings("\n");
        var client = await api.ReadyClientAsync();
        var data = (await client.PostAsync(Block(doc, step).Groups["query"].Value)).OkData();
        var live = new JsonObject { ["data"] = data.DeepClone() };
        var printed = Block(doc, step).Groups["answer"].Value;
        if (!JsonNode.DeepEquals(JsonNode.Parse(printed), live))
        {
            if (Environment.GetEnvironmentVariable("ROUTEGRAPH_UPDATE_DOCS") != "1")
                Assert.Fail($"docs/graphql.md prints another answer to worked example {step} than the API gives now. Refresh with "
                    + "ROUTEGRAPH_UPDATE_DOCS=1 dotnet test tests/RouteGraph.Api.Tests --filter ReadmissionWorkedExampleTests. The API answers:\n"
                    + live.ToJsonString(Indented));
            lock (DocLock)
            {
                var current = File.ReadAllText(DocPath).ReplaceLineEndings("\n");
                var answer = Block(current, step).Groups["answer"];
                File.WriteAllText(DocPath, current[..answer.Index] + live.ToJsonString(Indented) + "\n" + current[(answer.Index + answer.Length)..]);
            }
        }

        return data;
    }

    static JsonNode Cell(JsonNode coverage, string iso) =>
        coverage["cells"]!.AsArray().Single(c => c!["country"]!["iso2"]!.GetValue<string>() == iso)!;

    static string State(JsonNode cell) => $"{cell["state"]!.GetValue<string>()}/{cell["reason"]?.GetValue<string>()}";

    [Fact]
    public async Task Step_1_the_agreement_is_not_yet_active_the_day_before_its_entry_into_force_and_active_from_it()
    {
        var agreement = (await RunAsync(1))["node"]!;

        Assert.Equal(("NOT_YET_ACTIVE", "ACTIVE"), (agreement["dayBefore"]!.GetValue<string>(), agreement["dayOf"]!.GetValue<string>()));
        Assert.Equal(("2009-10-26", "2010-12-01"), (agreement["signedOn"]!.GetValue<string>(), agreement["enteredIntoForceOn"]!.GetValue<string>()));
        Assert.Equal(["RETURN_AND_READMISSION"], agreement["sectors"]!.AsArray().Select(s => s!.GetValue<string>()));
        var pakistan = Assert.Single(agreement["partners"]!.AsArray())!;
        Assert.Equal("PK", pakistan["iso2"]!.GetValue<string>());
        Assert.Contains(pakistan["routes"]!.AsArray(), r => r!["route"]!["id"]!.GetValue<string>() == "eastern-mediterranean");
        Assert.All(agreement["lifecycle"]!.AsArray(), e => Assert.All(e!["sources"]!.AsArray(), s => Assert.Null(s!["document"]!["url"])));
    }

    [Fact]
    public async Task Steps_2_and_3_pakistans_return_cell_turns_from_a_not_yet_active_gap_into_a_covered_cell_and_nothing_else_changes()
    {
        var before = (await RunAsync(2))["routeCoverage"]!;
        var after = (await RunAsync(3))["routeCoverage"]!;

        var gap = Cell(before, "PK");
        Assert.Equal("GAP/NOT_YET_ACTIVE", State(gap));
        Assert.Contains(gap["considered"]!.AsArray(), p => p!["partnership"]!["id"]!.GetValue<string>() == "eu-pakistan-readmission-agreement"
            && p["status"]!.GetValue<string>() == "NOT_YET_ACTIVE");

        var covered = Cell(after, "PK");
        Assert.Equal("COVERED/", State(covered));
        Assert.Equal(["eu-pakistan-readmission-agreement"], covered["partnerships"]!.AsArray().Select(p => p!["id"]!.GetValue<string>()));
        Assert.Contains(covered["evidence"]!.AsArray(), e => e!["fact"]!.GetValue<string>() == "LIFECYCLE"
            && e["event"]!["kind"]!.GetValue<string>() == "ENTERED_INTO_FORCE" && e["event"]!["date"]!.GetValue<string>() == "2010-12-01");

        // Every other cell of the column is as it was, and the whole route gains exactly one covered cell.
        var others = before["cells"]!.AsArray().Select(c => c!["country"]!["iso2"]!.GetValue<string>()).Where(iso => iso != "PK").ToList();
        Assert.NotEmpty(others);
        Assert.All(others, iso => Assert.Equal(State(Cell(before, iso)), State(Cell(after, iso))));
        Assert.Equal(before["coveredCount"]!.GetValue<int>() + 1, after["coveredCount"]!.GetValue<int>());
        Assert.Equal(before["gapCount"]!.GetValue<int>() - 1, after["gapCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Step_4_the_trend_steps_up_on_the_entry_into_force_not_on_the_signature()
    {
        var points = (await RunAsync(4))["coverageTrend"]!["points"]!.AsArray().Select(p => p!).ToList();

        Assert.Equal("2009-10-01", points[0]["day"]!.GetValue<string>());
        Assert.DoesNotContain(points, p => p["day"]!.GetValue<string>() == "2009-10-26");
        var step = Assert.Single(points, p => p["day"]!.GetValue<string>() == "2010-12-01");
        var previous = points[points.IndexOf(step) - 1];
        Assert.Equal(previous["coveredCount"]!.GetValue<int>() + 1, step["coveredCount"]!.GetValue<int>());
    }
}
