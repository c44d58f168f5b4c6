using System.Text.Json.Nodes;
using RouteGraph.Core.Model;
using RouteGraph.Neo4j.Cypher;
using RouteGraph.Neo4j.QueryApi;
using RouteGraph.Neo4j.Tests.Fakes;

namespace RouteGraph.Neo4j.Tests;

/// <summary>The Query API client against an in-process server answering with the shapes Neo4j documents.</summary>
public sealed class QueryApiClientTests : IAsyncLifetime
{
    FakeNeo4j _fake = null!;

    public async Task InitializeAsync() => _fake = await FakeNeo4j.StartAsync();

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    static readonly Dictionary<string, object?> MetaParameters = new() { ["id"] = Neo4jModel.MetaId };

    static FakeResponse Records(JsonArray fields, JsonArray values, JsonObject? counters = null) => FakeResponse.Json(202, new JsonObject
    {
        ["data"] = new JsonObject { ["fields"] = fields, ["values"] = values },
        ["counters"] = counters,
        ["bookmarks"] = new JsonArray("FB:kcwQ/wTfJf8rS1WY+GiIKXsCXg6Q"),
    });

    [Fact]
    public async Task Sends_the_statement_with_parameters_basic_auth_and_asks_for_typed_json()
    {
        _fake.Handler = _ => Records([], []);
        using var client = TestSupport.Client(_fake);

        await client.RunAsync(CypherStatements.ReadGraphVersion, MetaParameters, default);

        var request = Assert.Single(_fake.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/db/neo4j/query/v2", request.Path);
        Assert.Equal(CypherStatements.ReadGraphVersion.Text, request.Statement);
        Assert.Equal(Neo4jModel.MetaId, request.Parameters!["id"]!.GetValue<string>());
        Assert.True(request.Body!["includeCounters"]!.GetValue<bool>());
        Assert.StartsWith("Basic ", request.Authorization);
        Assert.Contains("application/vnd.neo4j.query", request.Accept);
        Assert.StartsWith("application/json", request.ContentType);
    }

    [Fact]
    public async Task Decodes_typed_records_nodes_relationships_dates_counters_and_bookmarks()
    {
        _fake.Handler = _ => Records(
            ["n", "r", "signed", "count", "share", "binding", "aliases", "nothing", "at"],
            [
                new JsonArray(
                    JsonNode.Parse("""{"$type":"Node","_value":{"_element_id":"4:ff04df25:2","_labels":["Partnership"],"_properties":{"id":{"$type":"String","_value":"eu-morocco"},"signedOn":{"$type":"Date","_value":"2022-07-08"}}}}"""),
                    JsonNode.Parse("""{"$type":"Relationship","_value":{"_element_id":"5:ff04df25:7","_start_node_element_id":"4:ff04df25:2","_end_node_element_id":"4:ff04df25:3","_type":"WITH_PARTNER","_properties":{"source":{"$type":"String","_value":"council"}}}}"""),
                    JsonNode.Parse("""{"$type":"Date","_value":"2023-04-27"}"""),
                    JsonNode.Parse("""{"$type":"Integer","_value":"9007199254740993"}"""),
                    JsonNode.Parse("""{"$type":"Float","_value":"0.25"}"""),
                    JsonNode.Parse("""{"$type":"Boolean","_value":false}"""),
                    JsonNode.Parse("""{"$type":"List","_value":[{"$type":"String","_value":"a"},{"$type":"String","_value":"b"}]}"""),
                    JsonNode.Parse("""{"$type":"Null","_value":null}"""),
                    JsonNode.Parse("""{"$type":"ZonedDateTime","_value":"2015-11-21T21:40:32.142Z[Antarctica/Troll]"}""")),
            ],
            new JsonObject { ["containsUpdates"] = true, ["nodesCreated"] = 3, ["propertiesSet"] = 7, ["relationshipsCreated"] = 2, ["labelsAdded"] = 3 });
        using var client = TestSupport.Client(_fake);

        var result = await client.RunAsync(CypherStatements.ReadGraphVersion, MetaParameters, default);

        var row = Assert.Single(result.Rows);
        var n = Assert.IsType<CypherNode>(result.Value(row, "n"));
        Assert.Equal(["Partnership"], n.Labels);
        Assert.Equal(new DateOnly(2022, 7, 8), n.Properties["signedOn"]);
        var r = Assert.IsType<CypherRelationship>(result.Value(row, "r"));
        Assert.Equal(("WITH_PARTNER", "4:ff04df25:2", "4:ff04df25:3"), (r.Type, r.StartElementId, r.EndElementId));
        Assert.Equal("council", r.Properties["source"]);
        Assert.Equal(new DateOnly(2023, 4, 27), result.Value(row, "signed"));
        Assert.Equal(9007199254740993L, result.Value(row, "count")); // beyond a double's precision: decoded from the string
        Assert.Equal(0.25, result.Value(row, "share"));
        Assert.Equal(false, result.Value(row, "binding"));
        Assert.Equal(["a", "b"], Assert.IsType<object?[]>(result.Value(row, "aliases")));
        Assert.Null(result.Value(row, "nothing"));
        Assert.Equal(new CypherOtherValue("ZonedDateTime", "2015-11-21T21:40:32.142Z[Antarctica/Troll]"), result.Value(row, "at"));
        Assert.Equal(new QueryCounters(NodesCreated: 3, RelationshipsCreated: 2, PropertiesSet: 7, LabelsAdded: 3, ContainsUpdates: true), result.Counters);
        Assert.Equal(["FB:kcwQ/wTfJf8rS1WY+GiIKXsCXg6Q"], result.Bookmarks);
    }

    [Fact]
    public async Task Decodes_plain_json_records_too()
    {
        _fake.Handler = _ => Records(
            ["person", "name", "born"],
            [new JsonArray(
                JsonNode.Parse("""{"elementId":"4:ff04df25:2","labels":["Country"],"properties":{"id":"TN","lat":34.0,"euMember":false}}"""),
                "Tunisia",
                "2015-03-26")]);
        using var client = TestSupport.Client(_fake);

        var result = await client.RunAsync(CypherStatements.ReadGraphVersion, MetaParameters, default);

        var node = Assert.IsType<CypherNode>(result.Rows[0][0]);
        Assert.Equal("TN", node.Properties["id"]);
        Assert.Equal(34.0, node.Properties["lat"]);
        Assert.Equal("Tunisia", result.Rows[0][1]);
    }

    [Fact]
    public async Task Unauthorized_is_a_clear_error_without_the_password_and_is_not_retried()
    {
        _fake.Credentials = ("neo4j", "another-password");
        using var client = TestSupport.Client(_fake);

        var e = await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync(CypherStatements.ReadGraphVersion, MetaParameters, default));

        Assert.Equal(Neo4jErrorKind.Unauthorized, e.Kind);
        Assert.Equal("Neo.ClientError.Security.Unauthorized", e.Code);
        Assert.Contains($"Neo4j at {_fake.Uri.GetLeftPart(UriPartial.Authority)}/db/neo4j: unauthorized", e.Message);
        Assert.False(e.IsTransient);
        TestSupport.AssertNoSecret(e.ToString());
        Assert.Single(_fake.Requests);
    }

    [Fact]
    public async Task A_transient_error_is_retried_then_succeeds()
    {
        var calls = 0;
        _fake.Handler = _ => ++calls == 1
            ? FakeResponse.Error(503, "Neo.TransientError.General.DatabaseUnavailable", "The database is not currently available to serve your request")
            : Records(["version"], [new JsonArray(FakeGraphStore.Typed("v2"))]);
        using var client = TestSupport.Client(_fake);

        var result = await client.RunAsync(CypherStatements.ReadGraphVersion, MetaParameters, default);

        Assert.Equal("v2", result.Rows[0][0]);
        Assert.Equal(2, _fake.Requests.Count);
    }

    [Fact]
    public async Task A_transient_error_code_in_a_4xx_answer_is_retried_too()
    {
        var calls = 0;
        _fake.Handler = _ => ++calls == 1
            ? FakeResponse.Error(400, "Neo.TransientError.Transaction.DeadlockDetected", "ForsetiClient can't acquire ExclusiveLock")
            : Records([], []);
        using var client = TestSupport.Client(_fake);

        await client.RunAsync(CypherStatements.ReadGraphVersion, MetaParameters, default);

        Assert.Equal(2, _fake.Requests.Count);
    }

    [Fact]
    public async Task A_lasting_transient_error_fails_after_the_retries_with_neo4js_code_and_message()
    {
        _fake.Handler = _ => FakeResponse.Error(503, "Neo.TransientError.General.DatabaseUnavailable", "The database is not currently available");
        using var client = TestSupport.Client(_fake, maxRetries: 2);

        var e = await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync(CypherStatements.ReadGraphVersion, MetaParameters, default));

        Assert.Equal(Neo4jErrorKind.Transient, e.Kind);
        Assert.True(e.IsTransient);
        Assert.Contains("Neo.TransientError.General.DatabaseUnavailable: The database is not currently available (after 2 retries)", e.Message);
        Assert.Equal(3, _fake.Requests.Count);
    }

    [Fact]
    public async Task A_slow_server_times_out_with_a_clear_message()
    {
        _fake.Handler = _ => new FakeResponse(202, "{}", Delay: TimeSpan.FromSeconds(30));
        using var client = TestSupport.Client(_fake, maxRetries: 1, timeout: TimeSpan.FromMilliseconds(300));

        var e = await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync(CypherStatements.ReadGraphVersion, MetaParameters, default));

        Assert.Equal(Neo4jErrorKind.Timeout, e.Kind);
        Assert.Contains("read-graph-version: no answer within 0.3 s (after 1 retries)", e.Message);
        Assert.Equal(2, _fake.Requests.Count); // the timed-out attempt was retried once
    }

    [Fact]
    public async Task An_unreachable_server_is_reported_as_unreachable()
    {
        var port = _fake.Uri.Port;
        await _fake.DisposeAsync();
        _fake = await FakeNeo4j.StartAsync(); // a live one for DisposeAsync; the client talks to the closed port
        using var client = Neo4jQueryApiClient.Create(TestSupport.Options(_fake, maxRetries: 1) is var o
            ? new Neo4jOptions { Uri = new Uri($"http://127.0.0.1:{port}"), User = o.User, Password = o.Password, MaxRetries = 1, RetryDelay = o.RetryDelay }
            : null!);

        var e = await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync(CypherStatements.ReadGraphVersion, MetaParameters, default));

        Assert.Equal(Neo4jErrorKind.Unreachable, e.Kind);
        Assert.StartsWith($"Neo4j at http://127.0.0.1:{port}/db/neo4j: unreachable: read-graph-version:", e.Message);
        TestSupport.AssertNoSecret(e.ToString());
    }

    [Fact]
    public async Task An_unknown_database_is_named_as_such()
    {
        _fake.Database = "policy";
        using var client = TestSupport.Client(_fake);

        var e = await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync(CypherStatements.ReadGraphVersion, MetaParameters, default));

        Assert.Equal(Neo4jErrorKind.DatabaseNotFound, e.Kind);
        Assert.Single(_fake.Requests);
    }

    [Fact]
    public async Task A_page_that_is_not_the_query_api_is_a_protocol_error()
    {
        _fake.Handler = _ => new FakeResponse(200, "<html>Welcome to nginx</html>");
        using var client = TestSupport.Client(_fake);

        var e = await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync(CypherStatements.ReadGraphVersion, MetaParameters, default));

        Assert.Equal(Neo4jErrorKind.Protocol, e.Kind);
    }

    [Fact]
    public async Task Parameters_must_be_exactly_the_ones_the_statement_declares()
    {
        using var client = TestSupport.Client(_fake);

        await Assert.ThrowsAsync<ArgumentException>(() =>
            client.RunAsync(CypherStatements.ReadGraphVersion, new Dictionary<string, object?> { ["id"] = "x", ["label"] = "Country" }, default));
        await Assert.ThrowsAsync<ArgumentException>(() => client.RunAsync(CypherStatements.ReadGraphVersion, null, default));
        Assert.Empty(_fake.Requests);
    }

    [Fact]
    public async Task A_transaction_opens_runs_with_the_cluster_affinity_header_and_commits_with_bookmarks()
    {
        using var client = TestSupport.Client(_fake);

        await using (var tx = await client.BeginTransactionAsync(default))
        {
            await tx.RunAsync(CypherStatements.WriteGraphVersion, new Dictionary<string, object?> { ["id"] = Neo4jModel.MetaId, ["version"] = "v1" }, default);
            var bookmarks = await tx.CommitAsync(default);
            Assert.Equal(["FB:fake-1"], bookmarks);
        }

        var requests = _fake.Requests.ToArray();
        Assert.Equal(["POST /db/neo4j/query/v2/tx", "POST /db/neo4j/query/v2/tx/tx1", "POST /db/neo4j/query/v2/tx/tx1/commit"],
            requests.Select(r => $"{r.Method} {r.Path}"));
        Assert.Null(requests[0].Affinity);
        Assert.All(requests.Skip(1), r => Assert.Equal(Convert.ToBase64String("member-1:7474"u8.ToArray()), r.Affinity));
        Assert.Equal("v1", _fake.Store.Version);
    }

    [Fact]
    public async Task Rollback_deletes_the_transaction_and_nothing_is_committed()
    {
        using var client = TestSupport.Client(_fake);

        var tx = await client.BeginTransactionAsync(default);
        await tx.RunAsync(CypherStatements.WriteGraphVersion, new Dictionary<string, object?> { ["id"] = Neo4jModel.MetaId, ["version"] = "v1" }, default);
        await tx.RollbackAsync(default);
        await tx.DisposeAsync();

        Assert.Equal("DELETE /db/neo4j/query/v2/tx/tx1", _fake.Requests.Select(r => $"{r.Method} {r.Path}").Last());
        Assert.Null(_fake.Store.Version);
        Assert.Equal(0, _fake.Store.OpenTransactions);
    }

    [Fact]
    public async Task A_statement_inside_a_transaction_is_never_retried()
    {
        using var client = TestSupport.Client(_fake, maxRetries: 3);
        var tx = await client.BeginTransactionAsync(default);
        _fake.Handler = r => r.TransactionId is not null && r.Statement is not null
            ? FakeResponse.Error(503, "Neo.TransientError.Transaction.LockClientStopped", "The transaction has been terminated")
            : null;

        var e = await Assert.ThrowsAsync<Neo4jException>(() =>
            tx.RunAsync(CypherStatements.MergeNodes(NodeLabel.Country), new Dictionary<string, object?> { ["rows"] = Array.Empty<object>() }, default));

        Assert.Equal(Neo4jErrorKind.Transient, e.Kind);
        Assert.DoesNotContain("retries", e.Message);
        Assert.Single(_fake.Requests, r => r.Statement is not null);
        await tx.DisposeAsync();
    }
}
