using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly.Timeout;
using RouteGraph.Neo4j.Cypher;

namespace RouteGraph.Neo4j.QueryApi;

/// <summary>
/// <see cref="ICypherRunner"/> over Neo4j's HTTP Query API (Neo4j 5.19+, Aura):
/// <c>POST /db/{db}/query/v2</c> for single statements, <c>/db/{db}/query/v2/tx</c> for explicit
/// transactions. Basic auth; typed JSON answers; transient failures of requests outside explicit
/// transactions are retried by the resilience handler set up in <see cref="Neo4jServiceCollectionExtensions"/>.
/// </summary>
public sealed class Neo4jQueryApiClient : ICypherRunner, IDisposable
{
    /// <summary>The named HttpClient this client uses (see <see cref="Neo4jServiceCollectionExtensions.AddNeo4jQueryApi"/>).</summary>
    public const string HttpClientName = "RouteGraph.Neo4j.QueryApi";

    /// <summary>Marks a request the resilience handler must not retry (anything inside an explicit transaction).</summary>
    internal static readonly HttpRequestOptionsKey<bool> NoRetry = new("RouteGraph.Neo4j.NoRetry");

    const string AffinityHeader = "neo4j-cluster-affinity";

    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    readonly HttpClient _http;
    readonly Neo4jOptions _options;
    readonly ILogger _logger;
    readonly AuthenticationHeaderValue? _auth;
    readonly string _dbPath;
    IDisposable? _owned;

    public Neo4jQueryApiClient(HttpClient http, Neo4jOptions options, ILogger<Neo4jQueryApiClient>? logger = null)
    {
        _http = http;
        _options = options;
        _logger = logger ?? NullLogger<Neo4jQueryApiClient>.Instance;
        _http.BaseAddress ??= options.HttpBase;
        _dbPath = $"db/{Uri.EscapeDataString(options.Database)}/query/v2";
        if (!string.IsNullOrEmpty(options.User))
        {
            var token = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.User}:{options.Password}"));
            _auth = new AuthenticationHeaderValue("Basic", token);
        }
    }

    /// <summary>A client with its own HttpClient and resilience pipeline, for callers without a DI container (the CLI).</summary>
    public static Neo4jQueryApiClient Create(Neo4jOptions options, ILoggerFactory? loggerFactory = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton(loggerFactory ?? NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        services.AddNeo4jQueryApi(options);
        var provider = services.BuildServiceProvider();
        var client = (Neo4jQueryApiClient)provider.GetRequiredService<ICypherRunner>();
        client._owned = provider;
        return client;
    }

    public string Endpoint => _options.Endpoint;

    public async Task<CypherResult> RunAsync(
        CypherStatement statement, IReadOnlyDictionary<string, object?>? parameters, CancellationToken cancellationToken)
    {
        var (response, _) = await SendAsync(HttpMethod.Post, _dbPath, Body(statement, parameters), retry: true, affinity: null, statement.Name, cancellationToken);
        return Records(response, statement);
    }

    public async Task<ICypherTransaction> BeginTransactionAsync(CancellationToken cancellationToken)
    {
        // Opening is safe to retry: a transaction opened twice leaves one idle, and the server expires it.
        var (response, affinity) = await SendAsync(HttpMethod.Post, $"{_dbPath}/tx", body: null, retry: true, affinity: null, "begin", cancellationToken);
        if (string.IsNullOrEmpty(response.TransactionId))
            throw new Neo4jException(Endpoint, Neo4jErrorKind.Protocol, null, "opening a transaction returned no transaction id");
        _logger.LogDebug("Neo4j {Endpoint}: transaction {TransactionId} opened", Endpoint, response.TransactionId);
        return new Transaction(this, response.TransactionId, affinity);
    }

    public void Dispose() => _owned?.Dispose();

    /// <summary>
    /// A statement's records. An answer without the Query API's shape (any other JSON object: a proxy, another service on the
    /// port) is a protocol error, never an empty result, which would read as an empty database.
    /// </summary>
    CypherResult Records(QueryApiJson.Response response, CypherStatement statement) => response.HasRecords
        ? response.Result
        : throw new Neo4jException(Endpoint, Neo4jErrorKind.Protocol, null, $"{statement.Name}: the answer has no data.fields and data.values");

    static object Body(CypherStatement statement, IReadOnlyDictionary<string, object?>? parameters)
    {
        statement.CheckParameters(parameters);
        return new Dictionary<string, object?>
        {
            ["statement"] = statement.Text,
            ["parameters"] = parameters ?? new Dictionary<string, object?>(),
            ["includeCounters"] = true,
        };
    }

    async Task<(QueryApiJson.Response Response, string? Affinity)> SendAsync(
        HttpMethod method, string path, object? body, bool retry, string? affinity, string what, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(QueryApiJson.TypedMediaType));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json", 0.9));
        request.Headers.Authorization = _auth;
        if (affinity is not null)
            request.Headers.TryAddWithoutValidation(AffinityHeader, affinity);
        if (body is not null)
            request.Content = new StringContent(JsonSerializer.Serialize(body, Json), Encoding.UTF8, "application/json");
        request.Options.Set(NoRetry, !retry);

        var started = Stopwatch.GetTimestamp();
        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e) when (e is TimeoutRejectedException or TaskCanceledException)
        {
            throw new Neo4jException(Endpoint, Neo4jErrorKind.Timeout, null,
                $"{what}: no answer within {_options.RequestTimeout.TotalSeconds:0.###} s{Retried(retry)}", e);
        }
        catch (HttpRequestException e)
        {
            throw new Neo4jException(Endpoint, Neo4jErrorKind.Unreachable, null, $"{what}: {e.Message}{Retried(retry)}", e);
        }

        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            _logger.LogDebug("Neo4j {Endpoint}: {What} answered {Status} in {Elapsed:0} ms",
                Endpoint, what, (int)response.StatusCode, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            QueryApiJson.Response? parsed = null;
            if (!string.IsNullOrWhiteSpace(text))
            {
                try
                {
                    using var doc = JsonDocument.Parse(text);
                    parsed = doc.RootElement.ValueKind == JsonValueKind.Object ? QueryApiJson.Parse(doc.RootElement) : null;
                }
                // A malformed value ({"$type":"Integer","_value":"99999999999999999999999"}) is the server's answer being wrong,
                // whatever .NET exception decoding it raised.
                catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException or KeyNotFoundException
                    or OverflowException or ArgumentException or IndexOutOfRangeException)
                {
                    if (response.IsSuccessStatusCode)
                        throw new Neo4jException(Endpoint, Neo4jErrorKind.Protocol, null, $"{what}: unreadable answer ({e.Message})", e);
                }
            }

            if (parsed is { Errors.Count: > 0 })
            {
                var (code, message) = parsed.Errors[0];
                var kind = Neo4jException.KindOf(code);
                throw new Neo4jException(Endpoint, kind, code,
                    $"{message}{(kind == Neo4jErrorKind.Transient ? Retried(retry) : "")}");
            }

            if (!response.IsSuccessStatusCode)
            {
                var status = (int)response.StatusCode;
                var kind = response.StatusCode switch
                {
                    HttpStatusCode.Unauthorized => Neo4jErrorKind.Unauthorized,
                    HttpStatusCode.Forbidden => Neo4jErrorKind.Forbidden,
                    HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests => Neo4jErrorKind.Transient,
                    _ when status >= 500 => Neo4jErrorKind.Server,
                    _ => Neo4jErrorKind.Protocol,
                };
                throw new Neo4jException(Endpoint, kind, null, $"{what}: HTTP {status} {response.ReasonPhrase}{Retried(retry && status >= 500)}");
            }

            if (parsed is null)
                throw new Neo4jException(Endpoint, Neo4jErrorKind.Protocol, null, $"{what}: HTTP {(int)response.StatusCode} with no JSON body");

            var newAffinity = response.Headers.TryGetValues(AffinityHeader, out var values) ? values.FirstOrDefault() : null;
            return (parsed, newAffinity ?? affinity);
        }
    }

    string Retried(bool retry) => retry && _options.MaxRetries > 0 ? $" (after {_options.MaxRetries} retries)" : "";

    /// <summary>An explicit Query API transaction; requests carry the cluster-affinity header the server gave at open.</summary>
    sealed class Transaction(Neo4jQueryApiClient client, string id, string? affinity) : ICypherTransaction
    {
        readonly string _path = $"{client._dbPath}/tx/{Uri.EscapeDataString(id)}";
        string? _affinity = affinity;
        bool _finished;

        public async Task<CypherResult> RunAsync(
            CypherStatement statement, IReadOnlyDictionary<string, object?>? parameters, CancellationToken cancellationToken)
        {
            ObjectDisposedException.ThrowIf(_finished, this);
            var (response, a) = await client.SendAsync(HttpMethod.Post, _path, Body(statement, parameters), retry: false, _affinity, statement.Name, cancellationToken);
            _affinity = a;
            return client.Records(response, statement);
        }

        public async Task<IReadOnlyList<string>> CommitAsync(CancellationToken cancellationToken)
        {
            ObjectDisposedException.ThrowIf(_finished, this);
            _finished = true;
            var (response, _) = await client.SendAsync(HttpMethod.Post, $"{_path}/commit", body: null, retry: false, _affinity, "commit", cancellationToken);
            client._logger.LogDebug("Neo4j {Endpoint}: transaction {TransactionId} committed", client.Endpoint, id);
            return response.Result.Bookmarks;
        }

        public async Task RollbackAsync(CancellationToken cancellationToken)
        {
            if (_finished)
                return;
            _finished = true;
            await client.SendAsync(HttpMethod.Delete, _path, body: null, retry: false, _affinity, "rollback", cancellationToken);
            client._logger.LogDebug("Neo4j {Endpoint}: transaction {TransactionId} rolled back", client.Endpoint, id);
        }

        public async ValueTask DisposeAsync()
        {
            if (_finished)
                return;
            try
            {
                await RollbackAsync(CancellationToken.None);
            }
            catch (Neo4jException e)
            {
                // The server rolls back a failed transaction itself and expires idle ones; nothing is lost.
                client._logger.LogDebug("Neo4j {Endpoint}: rollback of transaction {TransactionId} failed: {Message}", client.Endpoint, id, e.Message);
            }
        }
    }
}
