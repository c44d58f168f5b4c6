using System.Net;
using System.Text;
using RouteGraph.Api.Tests.Infrastructure;

namespace RouteGraph.Api.Tests;

/// <summary>Depth, complexity, aliases and size: refused with a code before execution (no data entry at all).</summary>
public sealed class LimitTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    static string Nested(int depth)
    {
        // country -> routes -> route -> countries -> country -> routes ... : a cycle the schema allows
        var open = new StringBuilder("{ country(iso2: \"TN\") { ");
        var close = new StringBuilder(" } }");
        for (var level = 1; level < depth; level++)
        {
            var step = (level % 4) switch { 1 => "routes", 2 => "route", 3 => "countries", _ => "country" };
            open.Append(step).Append(" { ");
            close.Insert(0, " }");
        }

        return open.Append("__typename").Append(close).ToString();
    }

    [Fact]
    public async Task Depth_is_refused_just_past_the_limit_whatever_the_cost()
    {
        await using var lenient = new ApiFactory { Settings = { ["RouteGraph:Limits:MaxComplexity"] = "2000000000" } };
        var client = await lenient.ReadyClientAsync();
        // Nested(n) has n object levels and a leaf: n + 1 levels of fields
        (await client.PostAsync(Nested(14))).OkData();
        var answer = await client.PostAsync(Nested(15));
        Assert.Equal("MAX_DEPTH_EXCEEDED", answer.FirstCode);
        Assert.Equal(16, answer.Errors![0]!["extensions"]!["actual"]!.GetValue<double>());
    }

    [Fact]
    public async Task Too_deep_is_refused_with_MAX_DEPTH_EXCEEDED()
    {
        var client = await factory.ReadyClientAsync();
        var answer = await client.PostAsync(Nested(40));
        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("MAX_DEPTH_EXCEEDED", answer.FirstCode);
        Assert.False(answer.HasData);
        Assert.Equal(15, answer.Errors![0]!["extensions"]!["limit"]!.GetValue<double>());
        Assert.NotNull(answer.Errors![0]!["locations"]);
    }

    [Fact]
    public async Task A_document_nesting_past_the_parser_limit_is_refused_not_a_crash()
    {
        var client = await factory.ReadyClientAsync();
        var query = "{ routes " + string.Concat(Enumerable.Repeat("{ id ", 5000)) + string.Concat(Enumerable.Repeat("}", 5000)) + " }";
        var answer = await client.PostAsync(query);
        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Contains(answer.FirstCode, new[] { "MAX_DEPTH_EXCEEDED", "DOCUMENT_TOO_LARGE" });
    }

    [Fact]
    public async Task Too_complex_is_refused_with_MAX_COMPLEXITY_EXCEEDED()
    {
        var client = await factory.ReadyClientAsync();
        // 200 partnerships x 5 partners x 5 partnerships x 5 partners: far above the limit, shallow enough for the depth limit
        var answer = await client.PostAsync(
            "{ partnerships(first: 200) { nodes { partners { partnerships { partners { name partnerships { id } } } } } } }");
        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("MAX_COMPLEXITY_EXCEEDED", answer.FirstCode);
        Assert.False(answer.HasData);
        Assert.True(answer.Errors![0]!["extensions"]!["actual"]!.GetValue<double>() > 20_000);
    }

    [Fact]
    public async Task A_connection_counts_its_default_page_size_not_five()
    {
        await using var strict = new ApiFactory { Settings = { ["RouteGraph:Limits:MaxComplexity"] = "100" } };
        var client = await strict.ReadyClientAsync();
        // 50 (default page) x (1 + 1) > 100, whereas a plain list would count 5 x 2
        var answer = await client.PostAsync("{ countries { nodes { id name } } }");
        Assert.Equal("MAX_COMPLEXITY_EXCEEDED", answer.FirstCode);
        (await client.PostAsync("{ countries(first: 10) { nodes { id name } } }")).OkData();
    }

    [Fact]
    public async Task Too_many_aliases_are_refused_with_MAX_ALIASES_EXCEEDED()
    {
        var client = await factory.ReadyClientAsync();
        var query = "{ " + string.Join(" ", Enumerable.Range(0, 31).Select(i => $"a{i}: routes {{ id }}")) + " }";
        var answer = await client.PostAsync(query);
        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("MAX_ALIASES_EXCEEDED", answer.FirstCode);
        Assert.Equal(31, answer.Errors![0]!["extensions"]!["actual"]!.GetValue<double>());
        Assert.False(answer.HasData);
    }

    [Fact]
    public async Task Aliases_in_fragments_count_too()
    {
        var client = await factory.ReadyClientAsync();
        var fragment = "fragment F on Route { " + string.Join(" ", Enumerable.Range(0, 31).Select(i => $"n{i}: name")) + " }";
        var answer = await client.PostAsync("{ routes { ...F } } " + fragment);
        Assert.Equal("MAX_ALIASES_EXCEEDED", answer.FirstCode);
    }

    [Fact]
    public async Task Thirty_aliases_are_fine()
    {
        var client = await factory.ReadyClientAsync();
        var query = "{ " + string.Join(" ", Enumerable.Range(0, 30).Select(i => $"a{i}: route(id: \"central-mediterranean\") {{ id }}")) + " }";
        var data = (await client.PostAsync(query)).OkData();
        Assert.Equal("central-mediterranean", data["a29"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_document_over_the_size_limit_is_refused_with_DOCUMENT_TOO_LARGE_before_parsing()
    {
        var client = await factory.ReadyClientAsync();
        // 40 000 characters of comment: small enough for the body limit, too long for a document, and unparsed
        var answer = await client.PostAsync("{ routes { id } }\n#" + new string('x', 40_000));
        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("DOCUMENT_TOO_LARGE", answer.FirstCode);
        Assert.False(answer.HasData);
    }

    [Fact]
    public async Task Limits_are_configurable()
    {
        await using var strict = new ApiFactory
        {
            Settings = { ["RouteGraph:Limits:MaxDepth"] = "2", ["RouteGraph:Limits:MaxAliases"] = "1", ["RouteGraph:Limits:MaxDocumentLength"] = "100" },
        };
        var client = await strict.ReadyClientAsync();
        Assert.Equal("MAX_DEPTH_EXCEEDED", (await client.PostAsync("{ routes { countries { country { id } } } }")).FirstCode);
        Assert.Equal("MAX_ALIASES_EXCEEDED", (await client.PostAsync("{ a: routes { id } b: routes { id } }")).FirstCode);
        Assert.Equal("DOCUMENT_TOO_LARGE", (await client.PostAsync("{ routes { id } }" + new string(' ', 100))).FirstCode);
        (await client.PostAsync("{ routes { id } }")).OkData();
    }

    [Fact]
    public async Task Introspection_costs_a_flat_price_so_thirty_copies_are_refused()
    {
        var client = await factory.ReadyClientAsync();
        var query = "{ " + string.Join(" ", Enumerable.Range(0, 30).Select(i => $"s{i}: __schema {{ types {{ name fields {{ name args {{ name }} }} }} }}")) + " }";
        var answer = await client.PostAsync(query);
        Assert.Equal("MAX_COMPLEXITY_EXCEEDED", answer.FirstCode);
    }

    [Fact]
    public async Task The_introspection_query_of_graphql_ides_fits_within_the_default_limits()
    {
        var client = await factory.ReadyClientAsync();
        var data = (await client.PostAsync(Introspection.Query)).OkData();
        Assert.Equal("Query", data["__schema"]!["queryType"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_introspection_query_of_current_clients_is_answered()
    {
        // Issue 11: graphql-dotnet 8 refused __Type.specifiedByURL and __Directive.args(includeDeprecated:), which
        // getIntrospectionQuery sends with its options on.
        foreach (var part in new[] { "specifiedByURL", "isRepeatable", "args(includeDeprecated: true) {\n        ...InputValue", "inputFields(includeDeprecated: true)" })
            Assert.Contains(part, Introspection.Modern);
        var client = await factory.ReadyClientAsync();

        var schema = (await client.PostAsync(Introspection.Modern)).OkData()["__schema"]!;

        var date = schema["types"]!.AsArray().Single(t => t!["name"]!.GetValue<string>() == "Date")!;
        Assert.True(date.AsObject().ContainsKey("specifiedByURL"));
        Assert.NotEmpty(schema["directives"]!.AsArray().Single(d => d!["name"]!.GetValue<string>() == "skip")!["args"]!.AsArray());
    }
}
