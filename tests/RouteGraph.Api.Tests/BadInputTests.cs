using System.Net;
using RouteGraph.Api.Tests.Infrastructure;

namespace RouteGraph.Api.Tests;

/// <summary>Invalid arguments give BAD_ARGUMENT where they are; nothing gives a 500 or stops the process.</summary>
public sealed class BadInputTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Theory]
    [InlineData("2023-13-01")]
    [InlineData("27 April 2023")]
    [InlineData("2023-04-27T00:00:00Z")]
    [InlineData("yesterday")]
    public async Task A_malformed_date_literal_is_BAD_ARGUMENT_at_its_location(string date)
    {
        var client = await factory.ReadyClientAsync();
        var answer = await client.PostAsync($"{{\n  routeCoverage(routeId: \"central-mediterranean\", activeOn: \"{date}\") {{ ratio }}\n}}");
        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("BAD_ARGUMENT", answer.FirstCode);
        Assert.False(answer.HasData);
        Assert.Equal(2, answer.Errors![0]!["locations"]![0]!["line"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_malformed_date_variable_is_BAD_ARGUMENT_at_the_variable()
    {
        var client = await factory.ReadyClientAsync();
        var answer = await client.PostAsync("query ($on: Date) { routeCoverage(routeId: \"central-mediterranean\", activeOn: $on) { ratio } }",
            new { on = "2023-02-30" });
        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("BAD_ARGUMENT", answer.FirstCode);
        Assert.Equal(8, answer.Errors![0]!["locations"]![0]!["column"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("2006-13")]
    [InlineData("2006-02-30")]
    [InlineData("06")]
    [InlineData("July 2006")]
    public async Task A_malformed_partial_date_is_BAD_ARGUMENT_naming_the_value(string date)
    {
        var client = await factory.ReadyClientAsync();
        var answer = await client.PostAsync(
            "{ routeCoverage(routeId: \"central-mediterranean\", scenario: { add: [{ partners: [\"TN\"], sectors: [LEGAL_PATHWAYS], startsOn: \"" + date + "\" }] }) { ratio } }");
        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("BAD_ARGUMENT", answer.FirstCode);
        Assert.Contains($"Expected type 'PartialDate', found \"{date}\"", answer.Errors![0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_date_in_a_filter_input_is_checked_too()
    {
        var client = await factory.ReadyClientAsync();
        var answer = await client.PostAsync("{ partnerships(filter: { activeOn: \"2023/04/27\" }) { totalCount } }");
        Assert.Equal("BAD_ARGUMENT", answer.FirstCode);
    }

    [Fact]
    public async Task A_well_formed_date_is_read_as_iso_8601()
    {
        var client = await factory.ReadyClientAsync();
        var data = await client.DataAsync("{ node(id: \"eu-tunisia-anti-smuggling\") { ... on Partnership { signedOn a: activeOn(date: \"2023-04-26\") b: activeOn(date: \"2023-04-27\") } } }");
        Assert.Equal("2023-04-27", data["node"]!["signedOn"]!.GetValue<string>());
        Assert.False(data["node"]!["a"]!.GetValue<bool>());
        Assert.True(data["node"]!["b"]!.GetValue<bool>());
    }

    [Theory]
    [InlineData("countries(first: -1) { totalCount }", "countries")]
    [InlineData("countries(first: 201) { totalCount }", "countries")]
    [InlineData("countries(after: \"not-a-cursor\") { totalCount }", "countries")]
    [InlineData("countries(after: \"b2Zmc2V0Oi0x\") { totalCount }", "countries")] // base64 of offset:-1
    [InlineData("partnerships(first: -5) { totalCount }", "partnerships")]
    [InlineData("search(text: \"tunisia\", limit: 0) { name }", "search")]
    [InlineData("keyCountries(limit: -3) { rank }", "keyCountries")]
    public async Task Out_of_range_arguments_are_BAD_ARGUMENT_with_locations_and_path(string field, string path)
    {
        var client = await factory.ReadyClientAsync();
        var answer = await client.PostAsync("{\n  " + field + "\n}");
        Assert.Equal(HttpStatusCode.OK, answer.Status); // the request executed; the field failed
        var error = Assert.Single(answer.Errors!)!;
        Assert.Equal("BAD_ARGUMENT", error["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal(path, error["path"]![0]!.GetValue<string>());
        Assert.Equal(2, error["locations"]![0]!["line"]!.GetValue<int>());
        Assert.Equal(3, error["locations"]![0]!["column"]!.GetValue<int>());
    }

    [Fact]
    public async Task An_analytic_refusing_its_argument_gives_BAD_ARGUMENT()
    {
        var client = await factory.ReadyClientAsync();
        var answer = await client.PostAsync("{ paths(from: \"NE\", to: \"IT\", maxHops: -1) { hopCount } }");
        Assert.Equal("BAD_ARGUMENT", answer.FirstCode);
        Assert.Equal("paths", answer.Errors![0]!["path"]![0]!.GetValue<string>());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(11)]
    public async Task A_maxHops_out_of_range_says_the_range_in_the_words_of_the_API(int maxHops)
    {
        // The analyst sees the message: it names the allowed range, not a .NET exception's "(Parameter 'maxHops')".
        var client = await factory.ReadyClientAsync();
        var answer = await client.PostAsync($"{{ paths(from: \"NE\", to: \"IT\", maxHops: {maxHops}) {{ hopCount }} }}");
        Assert.Equal("BAD_ARGUMENT", answer.FirstCode);
        Assert.Equal($"maxHops must be between 1 and 10 (it was {maxHops}).", answer.Errors![0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_argument_of_the_wrong_type_is_BAD_ARGUMENT()
    {
        var client = await factory.ReadyClientAsync();
        Assert.Equal("BAD_ARGUMENT", (await client.PostAsync("{ countries(first: \"ten\") { totalCount } }")).FirstCode);
        Assert.Equal("BAD_ARGUMENT", (await client.PostAsync("query ($n: Int) { countries(first: $n) { totalCount } }", new { n = "ten" })).FirstCode);
        Assert.Equal("BAD_ARGUMENT", (await client.PostAsync("{ partnerships(filter: { sectors: [SMUGGLING] }) { totalCount } }")).FirstCode);
    }

    [Fact]
    public async Task A_missing_required_variable_is_BAD_ARGUMENT()
    {
        var client = await factory.ReadyClientAsync();
        var answer = await client.PostAsync("query ($id: ID!) { route(id: $id) { name } }");
        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("BAD_ARGUMENT", answer.FirstCode);
    }

    [Theory]
    [InlineData("{ route(id: \"atlantis\") { name } }", "route")]
    [InlineData("{ country(iso2: \"XX\") { name } }", "country")]
    [InlineData("{ node(id: \"no-such-node\") { id } }", "node")]
    public async Task Unknown_ids_give_null_without_error(string query, string field)
    {
        var client = await factory.ReadyClientAsync();
        var data = await client.DataAsync(query);
        Assert.Null(data[field]);
    }

    [Fact]
    public async Task An_unknown_route_gives_an_empty_coverage_and_empty_lists()
    {
        var client = await factory.ReadyClientAsync();
        var data = await client.DataAsync("{ routeCoverage(routeId: \"atlantis\") { route { id } ratio coveredCount cells { state } gaps { state } rows { roles } } }");
        Assert.Null(data["routeCoverage"]!["route"]);
        Assert.Empty(data["routeCoverage"]!["cells"]!.AsArray());
        Assert.Empty(data["routeCoverage"]!["gaps"]!.AsArray());
        Assert.Empty(data["routeCoverage"]!["rows"]!.AsArray());
        Assert.Null(data["routeCoverage"]!["ratio"]);
        Assert.Equal(0, data["routeCoverage"]!["coveredCount"]!.GetValue<int>());
        Assert.Null((await client.DataAsync("{ coverageTrend(routeId: \"atlantis\", from: \"2020-01-01\", to: \"2021-01-01\") { points { day } } }"))["coverageTrend"]);
        Assert.Empty((await client.DataAsync("{ partnershipsByRoute(routeId: \"atlantis\") { country { id } } }"))["partnershipsByRoute"]!.AsArray());
    }

    public static TheoryData<string> Garbage() =>
    [
        "{", "}", "{{{{", "query", "query query", "fragment F on Route { id }", "{ ...F }", "{ routes { ...on Country { id } } }",
        "{ __typename }", "subscription { routes { id } }", "{ routes(id: 1) { id } }", "{ routes { id(x: $y) } }",
        "query ($a: Int = \"x\") { routes { id } }", "{ node(id: null) { id } }", "{ routes @skip(if: true) { id } }",
        "{ routes @nope { id } }", "\u0000", "\"\"\"", "{ routes { id } } extra", "query A { routes { id } } query A { routes { id } }",
        "{ country(iso2: \"" + new string('Z', 5000) + "\") { id } }", "{ search(text: \"" + new string('a', 10000) + "\") { name } }",
        "{ paths(from: \"\", to: \"\", maxHops: 2147483647) { hopCount } }", "{ countries(first: 2147483647) { totalCount } }",
        "{ countries(first: 99999999999) { totalCount } }", "{ routeCoverage(routeId: \"\", activeOn: \"0001-01-01\") { ratio } }",
        "{ timeline(from: \"9999-12-31\", to: \"0001-01-01\") { date } }", "{ keyCountries(routeIds: [], limit: 2147483647) { rank } }",
    ];

    [Theory]
    [MemberData(nameof(Garbage))]
    public async Task Garbage_documents_never_give_a_500(string query)
    {
        var client = await factory.ReadyClientAsync();
        foreach (var accept in new[] { GraphQLClient.GraphQLResponse, "application/json" })
        {
            var answer = await client.PostAsync(query, accept: accept);
            Assert.True((int)answer.Status is 200 or 400, $"{answer.Status} for {query}");
            Assert.NotNull(answer.Body);
            foreach (var error in answer.Errors ?? [])
            {
                Assert.False(string.IsNullOrEmpty(error!["message"]?.GetValue<string>()));
                Assert.False(string.IsNullOrEmpty(error["extensions"]?["code"]?.GetValue<string>()));
            }
        }

        (await client.PostAsync("{ routes { id } }")).OkData(); // still serving
    }

    [Fact]
    public async Task Random_bytes_never_give_a_500()
    {
        var client = await factory.ReadyClientAsync();
        var random = new Random(20240612);
        for (var i = 0; i < 50; i++)
        {
            var bytes = new byte[random.Next(1, 400)];
            random.NextBytes(bytes);
            var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(bytes) };
            request.Content.Headers.ContentType = new("application/json");
            var answer = await client.Http.SendAsync(request);
            Assert.True((int)answer.StatusCode < 500, $"{answer.StatusCode} for body {Convert.ToBase64String(bytes)}");
        }

        (await client.PostAsync("{ routes { id } }")).OkData();
    }

    [Fact]
    public async Task Variables_of_every_json_shape_never_give_a_500()
    {
        var client = await factory.ReadyClientAsync();
        foreach (var variables in new[] { "{\"f\": {\"routeIds\": 5}}", "{\"f\": [1,2]}", "{\"f\": {\"sectors\": [\"X\"]}}", "{\"f\": {\"activeOn\": 20230101}}",
                     "{\"f\": {\"text\": {\"a\": 1}}}", "{\"f\": {\"countryIsos\": [null]}}", "{\"f\": {\"unknown\": 1}}", "{\"f\": " + new string('[', 300) + new string(']', 300) + "}" })
        {
            var body = "{\"query\":\"query ($f: PartnershipFilter) { partnerships(filter: $f) { totalCount } }\",\"variables\":" + variables + "}";
            var answer = await client.SendJsonAsync(body);
            Assert.True((int)answer.Status is 200 or 400, $"{answer.Status} for {variables}");
        }
    }
}
