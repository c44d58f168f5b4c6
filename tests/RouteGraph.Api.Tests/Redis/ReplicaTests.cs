using System.Text.Json;
using RouteGraph.Api.Caching;
using RouteGraph.Api.Tests.Infrastructure;
using RouteGraph.Api.Tests.Redis.Infrastructure;

namespace RouteGraph.Api.Tests.Redis;

/// <summary>
/// Consistent replicas without machinery of our own: each replica polls its own source for a new version, and answers are keyed
/// by graph version, so two replicas on one version share answers and persisted queries through Redis, and a replica on a new
/// version can never read an answer computed from the old one. (The hand-made version announcements over Redis pub/sub and
/// their tests are gone with issue 11: polling the source is what brings a replica the new data.)
/// </summary>
public sealed class ReplicaTests
{
    const string PartnershipId = "italy-netherlands-declaration-of-intent";
    const string Title = "Declaration of Intent between the Ministry of Interior of the Italian Republic and the Ministry of Justice and Security of the Netherlands";
    const string TitleQuery = "{ node(id: \"" + PartnershipId + "\") { ... on Partnership { title } } }";

    static string? Header(GraphQLAnswer answer, string name) => answer.Response.Headers.TryGetValues(name, out var v) ? v.Single() : null;

    static async Task<(string Title, string Version)> TitleAsync(ApiProcess api)
    {
        var answer = await api.Client.PostAsync(TitleQuery);
        return (answer.OkData()["node"]!["title"]!.GetValue<string>(), Header(answer, "X-Graph-Version")!);
    }

    [SkippableFact]
    public async Task Two_api_processes_share_persisted_queries_and_answers_and_reload_together()
    {
        await using var redis = await RedisServer.StartAsync();
        using var seed = new TempSeed();
        var common = new Dictionary<string, string>
        {
            ["RouteGraph:SeedPath"] = seed.Path,
            ["ConnectionStrings:Redis"] = redis.ConnectionString,
            ["RouteGraph:PollInterval"] = "00:00:00.500",
        };
        var starting = new[] { ApiProcess.StartAsync(common), ApiProcess.StartAsync(common) };
        await using var a = await starting[0];
        await using var b = await starting[1];

        var (titleA, versionA) = await TitleAsync(a);
        var (titleB, versionB) = await TitleAsync(b);
        Assert.Equal(Title, titleA);
        Assert.Equal((titleA, versionA), (titleB, versionB));

        // Persisted query registered through A, used through B.
        const string Query = "{ routes { id name } }";
        var hash = PersistedQueries.Sha256Hex(Query);
        string Body(string? query) => JsonSerializer.Serialize(new { query, extensions = new { persistedQuery = new { version = 1, sha256Hash = hash } } });
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", (await b.Client.SendJsonAsync(Body(null))).FirstCode);
        var registered = await a.Client.SendJsonAsync(Body(Query));
        Assert.Equal("MISS", Header(registered, "X-Cache"));
        // A executed it and stores document and answer in Redis just after answering; B, whose memory never saw them, finds them there.
        await Eventually.TrueAsync(async () => (await RedisInspection.KeysAsync(redis, "routegraph:*response:*")).Count > 0, "A's answer in Redis");
        await Eventually.TrueAsync(async () => (await RedisInspection.KeysAsync(redis, $"routegraph:*pq:{hash}")).Count > 0, "A's document in Redis");
        var onB = await b.Client.SendJsonAsync(Body(null));
        Assert.Equal(registered.OkData().ToJsonString(), onB.OkData().ToJsonString());
        Assert.Equal("HIT", Header(onB, "X-Cache"));

        // New data: each replica notices it by polling its own source, and serves it; no answer of the old version is served for it.
        seed.Edit("nodes/Partnership.csv", Title, Title + " (edited by the replica test)");
        var (newTitleA, newVersionA) = await Eventually.ValueAsync<(string, string)>(() => TitleAsync(a), t => t.Item2 != versionA, "A to load the edited seed");
        Assert.Equal(Title + " (edited by the replica test)", newTitleA);
        var (newTitleB, _) = await Eventually.ValueAsync<(string, string)>(() => TitleAsync(b), t => t.Item2 == newVersionA,
            $"B to serve the new version {newVersionA}");
        Assert.Equal(newTitleA, newTitleB);
    }
}
