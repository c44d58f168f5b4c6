using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using RouteGraph.Api.Tests.Infrastructure;

namespace RouteGraph.Api.Tests;

/// <summary>
/// Issue 11's defects, each tried as an attacker would: the document or request that used to cost seconds of CPU, unbounded
/// memory, a 500 or a forged log line, and what it gets now.
/// </summary>
public sealed class HostileInputTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    /// <summary><c>query { ...Fn }</c> over n+1 fragments, each spreading the one before twice: 2^n fields once expanded.</summary>
    static string FragmentExplosion(int n)
    {
        var text = new StringBuilder($"query {{ ...F{n} }} fragment F0 on Query {{ __typename }}");
        for (var i = 1; i <= n; i++)
            text.Append($" fragment F{i} on Query {{ ...F{i - 1} ...F{i - 1} }}");
        return text.ToString();
    }

    [Theory]
    [InlineData(23)] // the 880 bytes: 2-4 s of CPU before MAX_COMPLEXITY_EXCEEDED
    [InlineData(30)] // minutes
    public async Task A_fragment_explosion_is_refused_by_counting_each_fragment_once(int n)
    {
        var client = await factory.ReadyClientAsync();

        var answer = await client.PostAsync(FragmentExplosion(n));

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("MAX_FIELDS_EXCEEDED", answer.FirstCode);
        Assert.False(answer.HasData);
        // The exact expanded count, computed without expanding: each fragment measured once, reused at every spread.
        Assert.Equal(Math.Pow(2, n), answer.Errors![0]!["extensions"]!["actual"]!.GetValue<double>());
        Assert.Equal(1000, answer.Errors![0]!["extensions"]!["limit"]!.GetValue<double>());
    }

    [Fact]
    public async Task The_same_field_ten_thousand_times_is_refused_before_field_merging_validation()
    {
        var client = await factory.ReadyClientAsync();
        var query = "{ route(id: \"x\") { " + string.Concat(Enumerable.Repeat("id ", 10_000)) + "} }";

        var answer = await client.PostAsync(query);

        Assert.Equal("MAX_FIELDS_EXCEEDED", answer.FirstCode);
        Assert.Equal(10_001, answer.Errors![0]!["extensions"]!["actual"]!.GetValue<double>());
    }

    [Fact]
    public async Task The_field_limit_is_configurable()
    {
        await using var strict = new ApiFactory { Settings = { ["RouteGraph:Limits:MaxFields"] = "11" } };
        var client = await strict.ReadyClientAsync();
        string Ids(int count) => "{ route(id: \"central-mediterranean\") { " + string.Concat(Enumerable.Repeat("id ", count)) + "} }";

        (await client.PostAsync(Ids(10))).OkData();
        Assert.Equal("MAX_FIELDS_EXCEEDED", (await client.PostAsync(Ids(11))).FirstCode);
    }

    [Theory]
    [InlineData(new byte[] { 0xC3, 0x28 })] // a two-byte sequence whose second byte is not a continuation
    [InlineData(new byte[] { 0xC0, 0xAF })] // an overlong '/'
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })] // a surrogate encoded in UTF-8
    public async Task Invalid_utf8_inside_a_json_string_is_400_bad_request(byte[] invalid)
    {
        var client = await factory.ReadyClientAsync();
        byte[] body = [.. "{\"query\":\"{ routes { id } }\",\"variables\":{\"a\":\""u8, .. invalid, .. "\"}}"u8];

        var answer = await client.PostBytesAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("BAD_REQUEST", answer.FirstCode);
        Assert.Contains("not valid UTF-8", answer.Errors![0]!["message"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("{\"query\":\"{ routes { id } }\",\"variables\":{\"a\":\"\\ud800\"}}")]
    [InlineData("{\"query\":\"{ routes { id } }\",\"extensions\":{\"a\":[\"\\udfff x\"]}}")]
    [InlineData("{\"query\":\"{ routes { id } }\\ud800\"}")]
    public async Task A_lone_surrogate_is_400_bad_request_in_plain_words(string body)
    {
        var client = await factory.ReadyClientAsync();

        var answer = await client.SendJsonAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("BAD_REQUEST", answer.FirstCode);
        var message = answer.Errors![0]!["message"]!.GetValue<string>();
        Assert.Contains("surrogate", message);
        Assert.DoesNotContain("GraphQL.", message); // it named GraphQL.Inputs, a type of the server
        Assert.DoesNotContain("System.", message);
    }

    [Fact]
    public async Task A_chunk_size_of_nine_hex_digits_is_400_bad_request_not_a_500()
    {
        await using var api = await KestrelApi.StartAsync(new TestGraphSource(TestGraph.Create()));
        await api.ReadyClientAsync();
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(api.Address.Host, api.Address.Port);
        var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(
            "POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
            + "123456789\r\n{\"query\":\"{ routes { id } }\"}\r\n0\r\n\r\n"));

        var response = await ReadResponseAsync(stream);

        Assert.StartsWith("HTTP/1.1 400", response);
        Assert.Contains("BAD_REQUEST", response);
        Assert.DoesNotContain(api.Logs.Entries, e => e.Level >= LogLevel.Error);
    }

    [Fact]
    public async Task Client_text_reaches_the_log_escaped_and_bounded()
    {
        var client = await factory.ReadyClientAsync();
        var forged = "Routes\u001b[2J\u001b[31m\nGraphQL POST Admin ok in 0.1 ms (status 200)" + new string('x', 5000);
        await client.PostAsync("query Routes { routes { id } }", operationName: forged);

        var logged = factory.Logs.Entries.Where(e => e.Category.EndsWith("GraphQLHttpMiddleware", StringComparison.Ordinal))
            .Select(e => (string)e.Properties["OperationName"]!).Single(name => name.StartsWith("Routes", StringComparison.Ordinal));
        Assert.DoesNotContain(logged, char.IsControl);
        Assert.StartsWith("Routes\\u001b[2J\\u001b[31m\\u000aGraphQL POST", logged);
        Assert.True(logged.Length < 150, $"{logged.Length} characters logged");
        Assert.EndsWith($"({forged.Length} chars)", logged);
    }

    [Fact]
    public async Task Document_too_large_says_its_limit_and_actual_length()
    {
        var client = await factory.ReadyClientAsync();
        var query = "{ routes { id } }" + new string(' ', 40_000);

        var answer = await client.PostAsync(query);

        Assert.Equal("DOCUMENT_TOO_LARGE", answer.FirstCode);
        Assert.Equal(32_768, answer.Errors![0]!["extensions"]!["limit"]!.GetValue<double>());
        Assert.Equal(query.Length, answer.Errors![0]!["extensions"]!["actual"]!.GetValue<double>());
    }

    [Fact]
    public async Task Answers_are_json_with_non_ascii_and_apostrophes_as_they_are()
    {
        var client = await factory.ReadyClientAsync();

        var answer = await client.PostAsync(
            "{ sectors { name(lang: \"it\") } node(id: \"it-ministry-of-interior\") { ... on Organisation { name(lang: \"it\") } } }");
        var text = await answer.Response.Content.ReadAsStringAsync();

        answer.OkData();
        Assert.Contains("comunità di accoglienza", text); // not comunit\u00E0
        Assert.Contains("Ministero dell'Interno", text); // not dell\u0027Interno
        Assert.DoesNotContain("\\u", text);
    }

    static async Task<string> ReadResponseAsync(NetworkStream stream)
    {
        var buffer = new byte[64 * 1024];
        var text = new StringBuilder();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        int read;
        while ((read = await stream.ReadAsync(buffer, timeout.Token)) > 0)
        {
            text.Append(Encoding.UTF8.GetString(buffer, 0, read));
            if (text.ToString().Contains("\r\n\r\n") && text.ToString().Contains("}]}"))
                break;
        }

        return text.ToString();
    }
}
