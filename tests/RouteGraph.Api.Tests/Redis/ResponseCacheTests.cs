using System.Net;
using Microsoft.Extensions.DependencyInjection;
using RouteGraph.Api.Graph;
using RouteGraph.Api.Tests.Infrastructure;
using RouteGraph.Core.Graph;
using RouteGraph.Core.Model;

namespace RouteGraph.Api.Tests.Redis;

/// <summary>The response cache with its in-process level only (no ConnectionStrings:Redis): keys, what is cached, ETag/304, opt-out.</summary>
public sealed class ResponseCacheTests
{
    const string RouteName = "{ route(id: \"central-mediterranean\") { name } }";

    static string? CacheOf(GraphQLAnswer answer) => answer.Response.Headers.TryGetValues("X-Cache", out var v) ? v.Single() : null;

    static string? VersionOf(GraphQLAnswer answer) => answer.Response.Headers.TryGetValues("X-Graph-Version", out var v) ? v.Single() : null;

    [Fact]
    public async Task A_repeated_query_is_a_miss_then_a_hit_with_the_same_bytes()
    {
        await using var factory = new ApiFactory();
        var client = await factory.ReadyClientAsync();

        var first = await client.PostAsync(RouteName);
        var second = await client.PostAsync(RouteName);

        Assert.Equal("MISS", CacheOf(first));
        Assert.Equal("HIT", CacheOf(second));
        Assert.Equal("Central Mediterranean", second.OkData()["route"]!["name"]!.GetValue<string>());
        Assert.Equal(await first.Response.Content.ReadAsByteArrayAsync(), await second.Response.Content.ReadAsByteArrayAsync());
        Assert.Equal("test-graph-1", VersionOf(second));
    }

    [Fact]
    public async Task Many_identical_requests_at_once_execute_the_query_once()
    {
        await using var factory = new ApiFactory();
        var client = await factory.ReadyClientAsync();
        const string Query = "{ countries(first: 200) { totalCount nodes { iso2 name(lang: \"it\") } } }";

        var answers = await Task.WhenAll(Enumerable.Range(0, 24).Select(_ => client.PostAsync(Query)));

        Assert.All(answers, a => Assert.NotEmpty(a.OkData()["countries"]!["nodes"]!.AsArray()));
        Assert.Single(answers, a => CacheOf(a) == "MISS"); // the others waited for that execution, or came after it
        Assert.All(answers.Where(a => CacheOf(a) != "MISS"), a => Assert.Equal("HIT", CacheOf(a)));
    }

    [Fact]
    public async Task Whitespace_comments_commas_and_variable_order_do_not_change_the_key()
    {
        await using var factory = new ApiFactory();
        var client = await factory.ReadyClientAsync();
        const string Query = "query Q($iso: String!, $lang: String) { country(iso2: $iso) { name(lang: $lang) iso3 } }";

        var first = await client.SendJsonAsync("{\"query\":\"" + Query.Replace("\"", "\\\"") + "\",\"variables\":{\"iso\":\"TN\",\"lang\":\"it\"}}");
        var respelled = await client.SendJsonAsync(
            "{\"query\":\"# a comment\\nquery   Q( $iso : String!,,$lang:String )\\n{\\n  country( iso2:$iso ) {\\n name( lang : $lang ),, iso3 } }\","
            + "\"variables\":{ \"lang\" : \"it\", \"iso\" : \"TN\" },\"operationName\":\"Q\"}");

        Assert.Equal("MISS", CacheOf(first));
        Assert.Equal("HIT", CacheOf(respelled));
        Assert.Equal("Tunisia", respelled.OkData()["country"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Other_variables_or_another_operation_of_the_document_are_other_entries()
    {
        await using var factory = new ApiFactory();
        var client = await factory.ReadyClientAsync();
        const string Document = "query A($iso: String!) { country(iso2: $iso) { name } } query B { routes { id } }";

        var libya = await client.PostAsync(Document, new { iso = "LY" }, "A");
        var tunisia = await client.PostAsync(Document, new { iso = "TN" }, "A");
        var routes = await client.PostAsync(Document, new { iso = "LY" }, "B");

        Assert.Equal<string?[]>(["MISS", "MISS", "MISS"], [CacheOf(libya), CacheOf(tunisia), CacheOf(routes)]);
        Assert.Equal("Libya", libya.OkData()["country"]!["name"]!.GetValue<string>());
        Assert.Equal("Tunisia", tunisia.OkData()["country"]!["name"]!.GetValue<string>());
        Assert.NotNull(routes.OkData()["routes"]);
    }

    [Fact]
    public async Task A_new_graph_version_is_never_answered_from_an_entry_of_the_old_one()
    {
        await using var factory = new ApiFactory();
        var client = await factory.ReadyClientAsync();
        Assert.Equal("MISS", CacheOf(await client.PostAsync(RouteName)));
        Assert.Equal("HIT", CacheOf(await client.PostAsync(RouteName)));

        factory.Source.Serve(Renamed(TestGraph.Create(), "test-graph-2", "Central Mediterranean (renamed)"));
        Assert.True(await factory.Services.GetRequiredService<GraphReloader>().ReloadAsync(CancellationToken.None));

        var after = await client.PostAsync(RouteName);
        Assert.Equal("MISS", CacheOf(after));
        Assert.Equal("test-graph-2", VersionOf(after));
        Assert.Equal("Central Mediterranean (renamed)", after.OkData()["route"]!["name"]!.GetValue<string>());
    }

    /// <summary>The same graph under a new version, with one route renamed.</summary>
    public static PolicyGraph Renamed(PolicyGraph graph, string version, string centralMediterraneanName) =>
        PolicyGraph.Create(version,
            graph.Nodes.Select(n => n is Route { Id: "central-mediterranean" } route ? route with { Names = route.Names with { En = centralMediterraneanName } } : n),
            graph.Relations);

    [Theory]
    [InlineData("{ countries(first: -1) { totalCount } }")] // executes, with a BAD_ARGUMENT error
    [InlineData("{ noSuchField }")] // refused before execution
    public async Task Answers_with_errors_are_not_cached(string query)
    {
        await using var factory = new ApiFactory();
        var client = await factory.ReadyClientAsync();

        var first = await client.PostAsync(query);
        var second = await client.PostAsync(query);

        Assert.NotNull(first.Errors);
        Assert.Equal("MISS", CacheOf(first));
        Assert.Equal("MISS", CacheOf(second));
    }

    [Fact]
    public async Task Mutations_and_unparsable_documents_bypass_the_cache()
    {
        await using var factory = new ApiFactory();
        var client = await factory.ReadyClientAsync();

        Assert.Equal("BYPASS", CacheOf(await client.PostAsync("mutation { anything }")));
        Assert.Equal("BYPASS", CacheOf(await client.PostAsync("{ routes { id }")));
    }

    [Fact]
    public async Task A_client_opts_out_with_cache_control_no_cache()
    {
        await using var factory = new ApiFactory();
        var client = await factory.ReadyClientAsync();
        await client.PostAsync(RouteName);

        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("{\"query\":\"" + RouteName.Replace("\"", "\\\"") + "\"}", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.CacheControl = new System.Net.Http.Headers.CacheControlHeaderValue { NoCache = true };
        var fresh = await client.SendAsync(request);

        Assert.Equal("BYPASS", CacheOf(fresh));
        Assert.Equal("Central Mediterranean", fresh.OkData()["route"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Get_answers_carry_an_etag_and_if_none_match_gives_304_without_a_body()
    {
        await using var factory = new ApiFactory();
        var client = await factory.ReadyClientAsync();

        var first = await client.GetAsync(RouteName);
        var etag = first.Response.Headers.ETag;
        Assert.NotNull(etag);
        Assert.False(etag.IsWeak);
        Assert.Matches("^\"[0-9a-f]{64}\"$", etag.Tag);
        var cacheControl = first.Response.Headers.CacheControl!;
        Assert.True(cacheControl.Public && cacheControl.MustRevalidate && cacheControl.MaxAge == TimeSpan.Zero, cacheControl.ToString());

        using var revalidate = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(RouteName));
        revalidate.Headers.IfNoneMatch.Add(etag);
        var notModified = await client.Http.SendAsync(revalidate);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(etag, notModified.Headers.ETag);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());

        using var stale = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(RouteName));
        stale.Headers.IfNoneMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue("\"" + new string('0', 64) + "\""));
        var full = await client.SendAsync(stale);
        Assert.Equal(HttpStatusCode.OK, full.Status);
        Assert.Equal("Central Mediterranean", full.OkData()["route"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_etag_differs_by_media_type_and_graph_version_and_post_has_none()
    {
        await using var factory = new ApiFactory();
        var client = await factory.ReadyClientAsync();

        var graphQLJson = (await client.GetAsync(RouteName)).Response.Headers.ETag;
        var legacyJson = (await client.GetAsync(RouteName, accept: "application/json")).Response.Headers.ETag;
        var post = await client.PostAsync(RouteName);

        Assert.NotEqual(graphQLJson, legacyJson);
        Assert.Null(post.Response.Headers.ETag);

        factory.Source.Serve(TestGraph.Create("test-graph-2"));
        await factory.Services.GetRequiredService<GraphReloader>().ReloadAsync(CancellationToken.None);
        Assert.NotEqual(graphQLJson, (await client.GetAsync(RouteName)).Response.Headers.ETag);
    }

    [Fact]
    public async Task Switched_off_by_configuration_every_answer_executes()
    {
        await using var factory = new ApiFactory { Settings = { ["RouteGraph:Cache:Enabled"] = "false" } };
        var client = await factory.ReadyClientAsync();

        var first = await client.GetAsync(RouteName);
        var second = await client.GetAsync(RouteName);

        Assert.Equal<string?[]>(["OFF", "OFF"], [CacheOf(first), CacheOf(second)]);
        Assert.Null(second.Response.Headers.ETag);
        Assert.Equal("Central Mediterranean", second.OkData()["route"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_request_log_line_says_hit_miss_or_bypass()
    {
        await using var factory = new ApiFactory();
        var client = await factory.ReadyClientAsync();
        await client.PostAsync(RouteName);
        await client.PostAsync(RouteName);
        await client.PostAsync("mutation { anything }");

        var cache = factory.Logs.Entries.Where(e => e.Category.EndsWith("GraphQLHttpMiddleware", StringComparison.Ordinal) && e.Properties.ContainsKey("Cache"))
            .Select(e => e.Properties["Cache"]).ToList();
        Assert.Equal(["MISS", "HIT", "BYPASS"], cache);
        Assert.Contains(factory.Logs.Entries, e => e.Message.Contains("cache=HIT", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Metrics_are_exported_in_prometheus_text_format()
    {
        await using var factory = new ApiFactory();
        var client = await factory.ReadyClientAsync();
        await client.PostAsync(RouteName);
        await client.PostAsync(RouteName);

        var metrics = await client.Http.GetStringAsync("/metrics");

        Assert.Matches(@"(?m)^routegraph_cache_hits_total\{[^}]*\} [1-9]", metrics);
        Assert.Matches(@"(?m)^routegraph_cache_misses_total\{[^}]*\} [1-9]", metrics);
        Assert.Matches(@"(?m)^routegraph_graphql_request_duration_seconds_bucket\{[^}]*cache=""hit""", metrics);
        Assert.Contains("# TYPE routegraph_cache_hits_total counter", metrics);
    }

    [Fact]
    public async Task Without_redis_the_cache_is_healthy_and_in_process_only()
    {
        await using var factory = new ApiFactory();
        var client = await factory.ReadyClientAsync();

        var health = System.Text.Json.Nodes.JsonNode.Parse(await client.Http.GetStringAsync("/health/ready"))!;
        var cache = health["checks"]!.AsArray().Single(c => c!["name"]!.GetValue<string>() == "cache")!;

        Assert.Equal("Healthy", cache["status"]!.GetValue<string>());
        Assert.Contains("In-process cache only", cache["description"]!.GetValue<string>());
    }

    [Fact]
    public async Task Process_memory_is_bounded_by_bytes_and_evictions_are_counted()
    {
        // Issue 11, defect 4: 26,000 distinct cacheable answers took the process from 152 to 584 MB.
        const long Bound = 64 * 1024;
        await using var factory = new ApiFactory { Settings = { ["RouteGraph:Cache:MaxMemoryBytes"] = Bound.ToString() } };
        var client = await factory.ReadyClientAsync();
        for (var i = 0; i < 150; i++)
            Assert.Equal("MISS", CacheOf(await client.PostAsync($"{{ g{i}: graph {{ nodes {{ id label name lat lon }} edges {{ source target type }} }} }}")));

        var memory = (Microsoft.Extensions.Caching.Memory.MemoryCache)factory.Services
            .GetRequiredKeyedService<Microsoft.Extensions.Caching.Memory.IMemoryCache>(Caching.CachingRegistration.MemoryKey);
        Assert.InRange(memory.GetCurrentStatistics()!.CurrentEstimatedSize!.Value, 1, Bound);
        string? metrics = null;
        await Redis.Infrastructure.Eventually.TrueAsync(async () =>
            System.Text.RegularExpressions.Regex.IsMatch(metrics = await client.Http.GetStringAsync("/metrics"),
                @"(?m)^routegraph_cache_evictions_total\{[^}]*reason=""capacity""[^}]*\} [1-9]"), "capacity evictions in /metrics");
        // Exported (its value is checked above, from the memory itself: in a test process several hosts share the meter's name).
        Assert.Matches(@"(?m)^routegraph_cache_memory_bytes(\{[^}]*\})? [0-9]", metrics);
        // Still a cache: once a compaction has made room, an answer is stored and served again (an answer that arrives while
        // the memory is full is answered, not stored: MemoryCache refuses what does not fit).
        await Redis.Infrastructure.Eventually.TrueAsync(async () => CacheOf(await client.PostAsync(RouteName)) == "HIT", "an answer served from memory");
    }

    [Fact]
    public async Task The_cache_step_stores_what_may_be_stored_and_never_what_may_not()
    {
        // The contract with GraphUserContext.DoNotCache (what-if scenario answers): the endpoint passes Store = false, and
        // then every request produces its own answer. ResponseCache is also what non-GraphQL endpoints (exports) use.
        await using var factory = new ApiFactory();
        var cache = factory.Services.GetRequiredService<Caching.ResponseCache>();
        var produced = 0;
        Task<(byte[], bool)> Produce(bool store)
        {
            produced++;
            return Task.FromResult(("{}"u8.ToArray(), store));
        }

        var scenario = Caching.ResponseCache.Key("test", "scenario");
        Assert.False((await cache.GetOrAddAsync(scenario, _ => Produce(false), default)).Hit);
        Assert.False((await cache.GetOrAddAsync(scenario, _ => Produce(false), default)).Hit);
        Assert.Equal(2, produced);

        var plain = Caching.ResponseCache.Key("test", "plain");
        Assert.False((await cache.GetOrAddAsync(plain, _ => Produce(true), default)).Hit);
        var (body, hit) = await cache.GetOrAddAsync(plain, _ => Produce(true), default);
        Assert.True(hit);
        Assert.Equal("{}"u8.ToArray(), body);
        Assert.Equal(3, produced);
    }
}
