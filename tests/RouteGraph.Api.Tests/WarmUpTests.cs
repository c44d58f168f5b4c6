using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RouteGraph.Api.Caching;
using RouteGraph.Api.Graph;
using RouteGraph.Api.Tests.Infrastructure;

namespace RouteGraph.Api.Tests;

/// <summary>
/// A new graph is warmed (its analytics indexes built, WarmUp.graphql run against it) before it is served, at start and
/// after every reload; the warm-up stores no answer; an operation validated once is not validated again, but its variables
/// and its cost still are.
/// </summary>
public sealed class WarmUpTests
{
    [Fact]
    public async Task Every_warm_up_operation_answers_without_errors_on_the_bundled_graph()
    {
        await using var factory = new ApiFactory { ServeBundledSeed = true };
        await factory.ReadyClientAsync();
        var graph = factory.Services.GetRequiredService<CurrentGraph>().Graph!;

        var report = await factory.Services.GetRequiredService<GraphWarmUp>().WarmAsync(graph, CancellationToken.None);

        Assert.True(report.Operations >= 7, $"only {report.Operations} warm-up operations");
        Assert.Equal(0, report.Failures);
        Assert.DoesNotContain(factory.Logs.Entries, e => e.Category == typeof(GraphWarmUp).FullName && e.Level >= LogLevel.Warning);
    }

    [Fact]
    public async Task A_graph_is_warmed_before_it_is_served_at_start_and_after_a_reload()
    {
        await using var factory = new ApiFactory { Settings = { ["RouteGraph:WarmUp:Rounds"] = "1" } };
        await factory.ReadyClientAsync();
        factory.Source.Serve(TestGraph.Create("test-graph-2"));
        Assert.True(await factory.Services.GetRequiredService<GraphReloader>().ReloadAsync(CancellationToken.None));

        // The log is written in order: each version's warm-up line comes before the line that says it is served.
        var lines = factory.Logs.Entries.Select(e => e.Message).ToList();
        foreach (var version in new[] { "test-graph-1", "test-graph-2" })
        {
            var warmed = lines.FindIndex(m => m.StartsWith($"Warmed up graph {version}:", StringComparison.Ordinal));
            var served = lines.FindIndex(m => m.StartsWith($"Serving graph {version}:", StringComparison.Ordinal));
            Assert.True(warmed >= 0, $"no warm-up logged for {version}");
            Assert.True(served > warmed, $"{version} was served before it was warmed");
        }
    }

    [Fact]
    public async Task No_new_round_starts_once_the_warm_up_has_had_its_time()
    {
        await using var factory = new ApiFactory
        {
            Settings = { ["RouteGraph:WarmUp:Rounds"] = "50", ["RouteGraph:WarmUp:MaxDuration"] = "00:00:00" },
        };
        await factory.ReadyClientAsync();
        var warmUp = factory.Services.GetRequiredService<GraphWarmUp>();
        Assert.Equal(50, factory.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<RouteGraphOptions>>().Value.WarmUp.Rounds);

        var report = await warmUp.WarmAsync(factory.Services.GetRequiredService<CurrentGraph>().Graph!, CancellationToken.None);

        Assert.Equal(1, report.Rounds); // the first round always runs, every operation once
        Assert.Equal(0, report.Failures);
    }

    [Fact]
    public async Task The_warm_up_stores_no_answer_the_first_request_is_a_miss()
    {
        await using var factory = new ApiFactory { ServeBundledSeed = true };
        var client = await factory.ReadyClientAsync();

        // The same operation, route and day as WarmUp.graphql's WarmUpTrend.
        const string trend = """query WarmUpTrend($route: ID!) { coverageTrend(routeId: $route, from: "2015-01-01", to: "2026-01-01") { points { day ratio coveredCount gapCount unknownCount } } }""";
        var first = await client.PostAsync(trend, new { route = "central-mediterranean" }, "WarmUpTrend");
        var second = await client.PostAsync(trend, new { route = "central-mediterranean" }, "WarmUpTrend");

        first.OkData();
        Assert.Equal("MISS", first.Response.Headers.GetValues("X-Cache").Single());
        Assert.Equal("HIT", second.Response.Headers.GetValues("X-Cache").Single());
    }

    [Fact]
    public async Task A_validated_operation_still_has_its_variables_checked_and_its_cost_counted()
    {
        await using var factory = new ApiFactory { Settings = { ["RouteGraph:Cache:Enabled"] = "false" } };
        var client = await factory.ReadyClientAsync();
        const string query = "query Ranked($n: Int) { keyCountries(limit: $n) { rank } }";

        (await client.PostAsync(query, new { n = 3 }, "Ranked")).OkData();
        var parsed = factory.Services.GetRequiredService<DocumentCache>().Parse(query);
        Assert.True(parsed.IsValidated("Ranked", isGet: false));

        Assert.Equal("BAD_ARGUMENT", (await client.PostAsync(query, new { n = "three" }, "Ranked")).FirstCode);
        Assert.Equal("MAX_COMPLEXITY_EXCEEDED", (await client.PostAsync(query, new { n = 1_000_000_000 }, "Ranked")).FirstCode);
        (await client.PostAsync(query, new { n = 2 }, "Ranked")).OkData();
    }

    [Fact]
    public async Task A_document_that_fails_validation_is_not_remembered_as_valid()
    {
        await using var factory = new ApiFactory();
        var client = await factory.ReadyClientAsync();
        const string query = "query Broken { routes { id noSuchField } }";

        var first = await client.PostAsync(query, operationName: "Broken");
        var second = await client.PostAsync(query, operationName: "Broken");

        Assert.Equal("GRAPHQL_VALIDATION_FAILED", first.FirstCode);
        Assert.Equal(first.FirstCode, second.FirstCode);
        Assert.False(factory.Services.GetRequiredService<DocumentCache>().Parse(query).IsValidated("Broken", isGet: false));
    }
}
