using System.Diagnostics.Metrics;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using RouteGraph.Api.Caching;
using RouteGraph.Api.Tests.Infrastructure;

namespace RouteGraph.Api.Tests.Redis;

/// <summary>Automatic persisted queries in one process (no Redis): the Apollo protocol, its errors, the bounded store.</summary>
public sealed class PersistedQueryTests
{
    const string Query = "{ routes { id name } }";
    static readonly string Hash = PersistedQueries.Sha256Hex(Query);

    static string Body(string? query, string hash, int version = 1) => JsonSerializer.Serialize(new
    {
        query,
        extensions = new { persistedQuery = new { version, sha256Hash = hash } },
    });

    [Fact]
    public async Task An_unknown_hash_is_PersistedQueryNotFound_then_registering_it_lets_the_hash_alone_work()
    {
        await using var factory = new ApiFactory();
        var client = await factory.ReadyClientAsync();

        var unknown = await client.SendJsonAsync(Body(null, Hash));
        Assert.Equal(HttpStatusCode.OK, unknown.Status); // as Apollo Server: clients read the error, not the status
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", unknown.FirstCode);
        Assert.Equal("PersistedQueryNotFound", unknown.Errors![0]!["message"]!.GetValue<string>());
        Assert.True(unknown.Response.Headers.CacheControl!.NoCache);
        Assert.False(unknown.HasData);

        var registered = await client.SendJsonAsync(Body(Query, Hash));
        Assert.NotEmpty(registered.OkData()["routes"]!.AsArray());

        var byHash = await client.SendJsonAsync(Body(null, Hash.ToUpperInvariant()));
        Assert.Equal(registered.OkData().ToJsonString(), byHash.OkData().ToJsonString());
    }

    [Fact]
    public async Task A_hash_that_is_not_the_documents_sha256_is_refused_and_not_registered()
    {
        await using var factory = new ApiFactory();
        var client = await factory.ReadyClientAsync();
        var wrong = PersistedQueries.Sha256Hex("{ sectors { id } }");

        var mismatch = await client.SendJsonAsync(Body(Query, wrong));
        Assert.Equal(HttpStatusCode.BadRequest, mismatch.Status);
        Assert.Equal("PERSISTED_QUERY_HASH_MISMATCH", mismatch.FirstCode);

        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", (await client.SendJsonAsync(Body(null, wrong))).FirstCode);
    }

    [Theory]
    [InlineData(2, "0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData(1, "not-a-hash")]
    public async Task Other_versions_and_malformed_hashes_are_bad_requests(int version, string hash)
    {
        await using var factory = new ApiFactory();
        var client = await factory.ReadyClientAsync();

        var answer = await client.SendJsonAsync(Body(null, hash, version));

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("BAD_REQUEST", answer.FirstCode);
    }

    [Fact]
    public async Task A_registered_hash_works_over_get_as_apollo_sends_hashed_queries()
    {
        await using var factory = new ApiFactory();
        var client = await factory.ReadyClientAsync();
        await client.SendJsonAsync(Body(Query, Hash));

        var extensions = JsonSerializer.Serialize(new { persistedQuery = new { version = 1, sha256Hash = Hash } });
        var answer = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/graphql?extensions=" + Uri.EscapeDataString(extensions)));

        Assert.NotEmpty(answer.OkData()["routes"]!.AsArray());
        Assert.NotNull(answer.Response.Headers.ETag); // and cached like any GET query
    }

    [Fact]
    public async Task Switched_off_the_server_says_PersistedQueryNotSupported()
    {
        await using var factory = new ApiFactory { Settings = { ["RouteGraph:Cache:PersistedQueries:Enabled"] = "false" } };
        var client = await factory.ReadyClientAsync();

        var answer = await client.SendJsonAsync(Body(null, Hash));

        Assert.Equal("PERSISTED_QUERY_NOT_SUPPORTED", answer.FirstCode);
        Assert.Equal("PersistedQueryNotSupported", answer.Errors![0]!["message"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("{ routes { id }")] // does not parse
    [InlineData("{ noSuchField }")] // parses, does not validate
    [InlineData("{ a0: routes { id } a1: routes { id } }")] // over a limit (MaxAliases is 1 here)
    public async Task A_document_that_does_not_parse_or_validate_is_not_registered(string document)
    {
        // Issue 11, defect 5: anyone could store 32 KB of garbage under a hash, for 7 days, in Redis.
        await using var factory = new ApiFactory { Settings = { ["RouteGraph:Limits:MaxAliases"] = "1" } };
        var client = await factory.ReadyClientAsync();
        var hash = PersistedQueries.Sha256Hex(document);
        // This host's registrations only: /metrics would also count other tests' hosts running in this process.
        var meterFactory = factory.Services.GetRequiredService<IMeterFactory>();
        long registrations = 0;
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Scope == meterFactory && instrument.Name == "routegraph.persisted_queries.registrations")
                    l.EnableMeasurementEvents(instrument);
            },
        };
        listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref registrations, value));
        listener.Start();

        var refused = await client.SendJsonAsync(Body(document, hash));
        Assert.NotNull(refused.Errors);
        Assert.False(refused.HasData);

        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", (await client.SendJsonAsync(Body(null, hash))).FirstCode);
        Assert.Equal(0, Interlocked.Read(ref registrations));

        // The listener does see this host's registrations: a valid document is registered once.
        const string valid = "{ routes { id } }";
        (await client.SendJsonAsync(Body(valid, PersistedQueries.Sha256Hex(valid)))).OkData();
        Assert.Equal(1, Interlocked.Read(ref registrations));
    }
}
