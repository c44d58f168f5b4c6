using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace RouteGraph.Neo4j.Tests.Fakes;

/// <summary>A request as the fake Query API saw it.</summary>
public sealed record FakeRequest(
    string Method,
    string Path,
    string? Authorization,
    string? Affinity,
    string? Accept,
    string? ContentType,
    JsonNode? Body)
{
    public string? Statement => Body?["statement"]?.GetValue<string>();

    public JsonObject? Parameters => Body?["parameters"] as JsonObject;

    /// <summary>The transaction id in /db/{db}/query/v2/tx/{id}[/commit], or null.</summary>
    public string? TransactionId
    {
        get
        {
            var parts = Path.Split('/', StringSplitOptions.RemoveEmptyEntries);
            return parts.Length >= 6 && parts[4] == "tx" ? parts[5] : null;
        }
    }
}

/// <summary>An answer of the fake: status, JSON body, headers, and an optional delay before answering.</summary>
public sealed record FakeResponse(int Status, string Body, IReadOnlyDictionary<string, string>? Headers = null, TimeSpan Delay = default)
{
    public static FakeResponse Json(int status, JsonNode body, IReadOnlyDictionary<string, string>? headers = null) =>
        new(status, body.ToJsonString(), headers);

    /// <summary>An error in the Query API's shape: <c>{"errors":[{"code":..,"message":..}]}</c>.</summary>
    public static FakeResponse Error(int status, string code, string message) =>
        Json(status, new JsonObject { ["errors"] = new JsonArray(new JsonObject { ["code"] = code, ["message"] = message }) });

    public static FakeResponse Unauthorized() =>
        Error(401, "Neo.ClientError.Security.Unauthorized", "The client is unauthorized due to authentication failure.");
}

/// <summary>
/// An in-process HTTP server on 127.0.0.1 (Kestrel) that answers like Neo4j's Query API. By default
/// it serves a <see cref="FakeGraphStore"/>, which understands RouteGraph's own statements; a test can
/// put any <see cref="Handler"/> in front to answer with documented shapes (errors, transient failures,
/// slow answers). Every request is recorded.
/// </summary>
public sealed class FakeNeo4j : IAsyncDisposable
{
    readonly WebApplication _app;

    FakeNeo4j(WebApplication app, Uri uri)
    {
        _app = app;
        Uri = uri;
    }

    public Uri Uri { get; }

    public FakeGraphStore Store { get; } = new();

    /// <summary>Answers before the store does; return null to let the store answer.</summary>
    public Func<FakeRequest, FakeResponse?>? Handler { get; set; }

    /// <summary>The user and password the fake accepts; null accepts any request.</summary>
    public (string User, string Password)? Credentials { get; set; }

    public string Database { get; set; } = "neo4j";

    public ConcurrentQueue<FakeRequest> Requests { get; } = new();

    public IReadOnlyList<FakeRequest> Statements => [.. Requests.Where(r => r.Statement is not null)];

    public static async Task<FakeNeo4j> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseSetting("urls", "http://127.0.0.1:0");
        var app = builder.Build();
        FakeNeo4j? fake = null;
        app.Run(context => fake!.Answer(context));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        fake = new FakeNeo4j(app, new Uri(address));
        return fake;
    }

    async Task Answer(HttpContext context)
    {
        var body = await new StreamReader(context.Request.Body, Encoding.UTF8).ReadToEndAsync();
        var request = new FakeRequest(
            context.Request.Method,
            context.Request.Path.Value ?? "",
            context.Request.Headers.Authorization.FirstOrDefault(),
            context.Request.Headers["neo4j-cluster-affinity"].FirstOrDefault(),
            context.Request.Headers.Accept.FirstOrDefault(),
            context.Request.ContentType,
            string.IsNullOrWhiteSpace(body) ? null : JsonNode.Parse(body));
        Requests.Enqueue(request);

        var response = Handler?.Invoke(request) ?? Default(request);
        if (response.Delay > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(response.Delay, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        context.Response.StatusCode = response.Status;
        foreach (var (name, value) in response.Headers ?? new Dictionary<string, string>())
            context.Response.Headers[name] = value;
        context.Response.ContentType = "application/vnd.neo4j.query";
        await context.Response.WriteAsync(response.Body);
    }

    FakeResponse Default(FakeRequest request)
    {
        if (Credentials is { } credentials)
        {
            var expected = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{credentials.User}:{credentials.Password}"));
            if (request.Authorization != expected)
                return FakeResponse.Unauthorized();
        }

        var parts = request.Path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 4 || parts[0] != "db" || parts[2] != "query" || parts[3] != "v2")
            return new FakeResponse(404, "<html>Not Found</html>");
        if (parts[1] != Database)
            return FakeResponse.Error(404, "Neo.ClientError.Database.DatabaseNotFound", $"Graph not found: {parts[1]}");

        return Store.Answer(request, parts);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
