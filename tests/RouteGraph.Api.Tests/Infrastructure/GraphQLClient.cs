using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace RouteGraph.Api.Tests.Infrastructure;

/// <summary>An answer: HTTP status, media type and the parsed body.</summary>
public sealed record GraphQLAnswer(HttpStatusCode Status, string? MediaType, JsonNode? Body, HttpResponseMessage Response)
{
    public JsonNode? Data => Body?["data"];

    public JsonArray? Errors => Body?["errors"] as JsonArray;

    public bool HasData => Body is JsonObject o && o.ContainsKey("data");

    public string? FirstCode => Errors?[0]?["extensions"]?["code"]?.GetValue<string>();

    /// <summary>The data of an answer that must have succeeded, with the errors in the failure message otherwise.</summary>
    public JsonNode OkData()
    {
        Assert.True(Errors is null, $"Expected no errors, got: {Errors?.ToJsonString()}");
        Assert.Equal(HttpStatusCode.OK, Status);
        return Data!;
    }
}

public sealed class GraphQLClient(HttpClient http)
{
    public const string GraphQLResponse = "application/graphql-response+json";

    public HttpClient Http { get; } = http;

    public Task<GraphQLAnswer> PostAsync(string query, object? variables = null, string? operationName = null, string? accept = GraphQLResponse) =>
        SendJsonAsync(JsonSerializer.Serialize(new { query, variables, operationName }), accept);

    public async Task<GraphQLAnswer> SendJsonAsync(string body, string? accept = GraphQLResponse, string contentType = "application/json")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(body, Encoding.UTF8),
        };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (accept is not null)
            request.Headers.TryAddWithoutValidation("Accept", accept);
        return await SendAsync(request);
    }

    /// <summary>Posts raw bytes as application/json (bodies a string cannot hold: invalid UTF-8, a byte order mark).</summary>
    public async Task<GraphQLAnswer> PostBytesAsync(byte[] body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return await SendAsync(request);
    }

    public async Task<GraphQLAnswer> GetAsync(string query, string? variablesJson = null, string? operationName = null, string? accept = GraphQLResponse)
    {
        var url = "/graphql?query=" + Uri.EscapeDataString(query)
            + (variablesJson is null ? "" : "&variables=" + Uri.EscapeDataString(variablesJson))
            + (operationName is null ? "" : "&operationName=" + Uri.EscapeDataString(operationName));
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (accept is not null)
            request.Headers.TryAddWithoutValidation("Accept", accept);
        return await SendAsync(request);
    }

    public async Task<GraphQLAnswer> SendAsync(HttpRequestMessage request)
    {
        var response = await Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        JsonNode? body = null;
        if (text.Length > 0 && response.Content.Headers.ContentType?.MediaType?.EndsWith("json", StringComparison.Ordinal) == true)
            body = JsonNode.Parse(text);
        return new GraphQLAnswer(response.StatusCode, response.Content.Headers.ContentType?.MediaType, body, response);
    }

    /// <summary>Posts a query that must succeed and returns its data.</summary>
    public async Task<JsonNode> DataAsync(string query, object? variables = null) => (await PostAsync(query, variables)).OkData();
}
