using System.Globalization;
using System.Text.Json.Nodes;
using RouteGraph.Core.Model;
using RouteGraph.Neo4j.Cypher;

namespace RouteGraph.Neo4j.Tests.Fakes;

/// <summary>A node held by the fake store: label, properties typed as Neo4j holds them (string, long, double, bool, DateOnly, string[]).</summary>
public sealed record FakeNode(string Label, Dictionary<string, object> Properties, long Seq)
{
    public string Id => (string)Properties["id"];

    public FakeNode Copy() => this with { Properties = new Dictionary<string, object>(Properties) };
}

public sealed record FakeRelationship(string Type, FakeNode From, FakeNode To, Dictionary<string, object> Properties, long Seq)
{
    public FakeRelationship Copy(Func<FakeNode, FakeNode> map) =>
        this with { From = map(From), To = map(To), Properties = new Dictionary<string, object>(Properties) };
}

/// <summary>
/// What Neo4j would hold after RouteGraph's statements, with the counters it would report. It
/// recognises statements by their exact text in <see cref="CypherStatements.All"/> (anything else is
/// a Neo.ClientError.Statement.SyntaxError, as an unknown statement would be to this fake) and applies
/// the same semantics as the Cypher: MERGE by id / identity, SET only when properties differ, prune,
/// explicit transactions with commit and rollback. The real Cypher is checked by the lint and the
/// contract suite; this fake checks the client, the importer and the loader around it.
/// </summary>
public sealed class FakeGraphStore
{
    static readonly Dictionary<string, string> Names = CypherStatements.All.ToDictionary(s => s.Text, s => s.Name);

    readonly object _gate = new();
    State _committed = new();
    readonly Dictionary<string, (State State, string Affinity)> _transactions = [];
    int _nextTx;
    int _bookmark;

    sealed class State
    {
        public List<FakeNode> Nodes { get; init; } = [];
        public List<FakeRelationship> Relationships { get; init; } = [];
        public HashSet<string> Schema { get; init; } = [];
        public long Seq;

        public State Clone()
        {
            var nodes = new Dictionary<FakeNode, FakeNode>(ReferenceEqualityComparer.Instance);
            foreach (var n in Nodes)
                nodes[n] = n.Copy();
            return new State
            {
                Nodes = [.. nodes.Values],
                Relationships = [.. Relationships.Select(r => r.Copy(n => nodes[n]))],
                Schema = [.. Schema],
                Seq = Seq,
            };
        }
    }

    /// <summary>Called before each statement; a response returned is sent instead (to inject failures).</summary>
    public Func<string, FakeResponse?>? BeforeStatement { get; set; }

    public int OpenTransactions { get { lock (_gate) return _transactions.Count; } }

    public IReadOnlyList<FakeNode> Nodes { get { lock (_gate) return [.. _committed.Nodes]; } }

    public IReadOnlyList<FakeRelationship> Relationships { get { lock (_gate) return [.. _committed.Relationships]; } }

    public IReadOnlySet<string> Schema { get { lock (_gate) return new HashSet<string>(_committed.Schema); } }

    public string? Version { get { lock (_gate) return Meta(_committed)?.Properties.GetValueOrDefault("version") as string; } }

    /// <summary>Changes the committed data directly, as an editor in Neo4j Browser would.</summary>
    public void Edit(Action<List<FakeNode>, List<FakeRelationship>> edit)
    {
        lock (_gate)
            edit(_committed.Nodes, _committed.Relationships);
    }

    public FakeNode NewNode(string label, Dictionary<string, object> properties) => new(label, properties, Interlocked.Increment(ref _committed.Seq));

    public FakeResponse Answer(FakeRequest request, string[] parts)
    {
        lock (_gate)
        {
            // /db/{db}/query/v2[/tx[/{id}[/commit]]]
            if (parts.Length == 4)
                return Run(request, _committed, inTransaction: false);

            if (parts.Length == 5 && parts[4] == "tx" && request.Method == "POST")
            {
                var id = $"tx{++_nextTx}";
                var affinity = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"member-{_nextTx}:7474"));
                _transactions[id] = (_committed.Clone(), affinity);
                return FakeResponse.Json(202,
                    new JsonObject
                    {
                        ["data"] = new JsonObject { ["fields"] = new JsonArray(), ["values"] = new JsonArray() },
                        ["bookmarks"] = new JsonArray(),
                        ["transaction"] = new JsonObject { ["id"] = id, ["expires"] = "2030-01-01T00:00:00Z" },
                    },
                    new Dictionary<string, string> { ["neo4j-cluster-affinity"] = affinity });
            }

            var txId = parts.Length >= 6 ? parts[5] : null;
            if (txId is null || !_transactions.TryGetValue(txId, out var tx))
                return FakeResponse.Error(404, "Neo.ClientError.Transaction.TransactionNotFound", $"Transaction {txId} not found");
            if (request.Affinity != tx.Affinity)
                return FakeResponse.Error(404, "Neo.ClientError.Transaction.TransactionNotFound", "Transaction not found on this cluster member");

            if (parts.Length == 7 && parts[6] == "commit" && request.Method == "POST")
            {
                _committed = tx.State;
                _transactions.Remove(txId);
                return FakeResponse.Json(202, new JsonObject { ["data"] = Data([], []), ["bookmarks"] = new JsonArray($"FB:fake-{++_bookmark}") });
            }

            if (parts.Length == 6 && request.Method == "DELETE")
            {
                _transactions.Remove(txId);
                return FakeResponse.Json(202, new JsonObject { ["data"] = Data([], []), ["bookmarks"] = new JsonArray() });
            }

            if (parts.Length == 6 && request.Method == "POST")
            {
                var response = Run(request, tx.State, inTransaction: true);
                if (response.Status >= 400)
                    _transactions.Remove(txId); // Neo4j rolls back a transaction whose statement failed
                return response;
            }

            return new FakeResponse(405, "");
        }
    }

    FakeResponse Run(FakeRequest request, State state, bool inTransaction)
    {
        var text = request.Statement ?? "";
        if (!Names.TryGetValue(text, out var name))
            return FakeResponse.Error(400, "Neo.ClientError.Statement.SyntaxError", "The fake knows only RouteGraph's statements");
        if (BeforeStatement?.Invoke(name) is { } injected)
            return injected;
        if (name.StartsWith("schema:", StringComparison.Ordinal) && inTransaction)
            return FakeResponse.Error(400, "Neo.ClientError.Transaction.ForbiddenDueToTransactionType", "Tried to execute Schema modification after executing Write query");

        var p = request.Parameters ?? [];
        var c = new Counters();
        var (fields, rows) = name.Split(':') switch
        {
            ["schema", "constraint", _] => AddSchema(state, name, c, constraint: true),
            ["schema", "index", _] => AddSchema(state, name, c, constraint: false),
            ["read-graph-version"] => ReadVersion(state),
            ["write-graph-version"] => WriteVersion(state, p["id"]!.GetValue<string>(), p["version"]!.GetValue<string>(), c),
            ["merge-nodes", var label] => MergeNodes(state, Enum.Parse<NodeLabel>(label), p["rows"]!.AsArray(), c),
            ["merge-relationships", var type, var ends] => MergeRelationships(state, Enum.Parse<RelationType>(type), ends.Split("->"), p["rows"]!.AsArray(), c),
            ["prune-nodes", var label] => PruneNodes(state, label, p["ids"]!.AsArray(), c),
            ["prune-relationships", var type] => PruneRelationships(state, Enum.Parse<RelationType>(type), p["keys"]!.AsArray(), c),
            ["read-nodes", var label] => ReadNodes(state, label),
            ["read-relationships", var type] => ReadRelationships(state, type),
            _ => throw new InvalidOperationException($"fake cannot run {name}"),
        };
        return FakeResponse.Json(202, new JsonObject
        {
            ["data"] = Data(fields, rows),
            ["counters"] = c.ToJson(),
            ["bookmarks"] = inTransaction ? new JsonArray() : new JsonArray($"FB:fake-{++_bookmark}"),
        });
    }

    sealed class Counters
    {
        public long NodesCreated, NodesDeleted, RelationshipsCreated, RelationshipsDeleted, PropertiesSet, LabelsAdded, IndexesAdded, ConstraintsAdded;

        public JsonObject ToJson() => new()
        {
            ["containsUpdates"] = NodesCreated + NodesDeleted + RelationshipsCreated + RelationshipsDeleted + PropertiesSet + LabelsAdded > 0,
            ["nodesCreated"] = NodesCreated,
            ["nodesDeleted"] = NodesDeleted,
            ["propertiesSet"] = PropertiesSet,
            ["relationshipsCreated"] = RelationshipsCreated,
            ["relationshipsDeleted"] = RelationshipsDeleted,
            ["labelsAdded"] = LabelsAdded,
            ["labelsRemoved"] = 0,
            ["indexesAdded"] = IndexesAdded,
            ["indexesRemoved"] = 0,
            ["constraintsAdded"] = ConstraintsAdded,
            ["constraintsRemoved"] = 0,
            ["containsSystemUpdates"] = false,
            ["systemUpdates"] = 0,
        };
    }

    static JsonObject Data(string[] fields, List<JsonNode?[]> rows) => new()
    {
        ["fields"] = new JsonArray([.. fields.Select(f => (JsonNode)f)]),
        ["values"] = new JsonArray([.. rows.Select(r => (JsonNode)new JsonArray(r))]),
    };

    static (string[], List<JsonNode?[]>) AddSchema(State state, string name, Counters c, bool constraint)
    {
        if (state.Schema.Add(name))
        {
            if (constraint)
                c.ConstraintsAdded++;
            else
                c.IndexesAdded++;
        }

        return ([], []);
    }

    static FakeNode? Meta(State state) => state.Nodes.FirstOrDefault(n => n.Label == Neo4jModel.MetaLabel);

    static (string[], List<JsonNode?[]>) ReadVersion(State state) =>
        Meta(state) is { } meta ? (["version"], [[Typed(meta.Properties.GetValueOrDefault("version"))]]) : (["version"], []);

    static (string[], List<JsonNode?[]>) WriteVersion(State state, string id, string version, Counters c)
    {
        var meta = Meta(state);
        if (meta is null)
        {
            meta = new FakeNode(Neo4jModel.MetaLabel, new() { ["id"] = id }, ++state.Seq);
            state.Nodes.Add(meta);
            c.NodesCreated++;
            c.LabelsAdded++;
            c.PropertiesSet++;
        }

        if (meta.Properties.GetValueOrDefault("version") as string != version)
        {
            meta.Properties["version"] = version;
            meta.Properties["updatedAt"] = "2030-01-01T00:00:00Z";
            c.PropertiesSet += 2;
        }

        return ([], []);
    }

    static (string[], List<JsonNode?[]>) MergeNodes(State state, NodeLabel label, JsonArray rows, Counters c)
    {
        var specs = GraphSchema.For(label).Properties;
        foreach (var row in rows.Select(r => r!.AsObject()))
        {
            var id = row["id"]!.GetValue<string>();
            var node = state.Nodes.FirstOrDefault(n => n.Label == label.ToString() && n.Id == id);
            if (node is null)
            {
                node = new FakeNode(label.ToString(), new() { ["id"] = id }, ++state.Seq);
                state.Nodes.Add(node);
                c.NodesCreated++;
                c.LabelsAdded++;
                c.PropertiesSet++;
            }

            var wanted = new Dictionary<string, object> { ["id"] = id };
            foreach (var spec in specs)
                AddWanted(wanted, spec, row);

            SetIfChanged(node.Properties, wanted, c);
        }

        return ([], []);
    }

    static (string[], List<JsonNode?[]>) MergeRelationships(State state, RelationType type, string[] ends, JsonArray rows, Counters c)
    {
        var specs = GraphSchema.For(type).Properties;
        var identity = Neo4jModel.IdentityProperties(type);
        foreach (var row in rows.Select(r => r!.AsObject()))
        {
            var from = state.Nodes.FirstOrDefault(n => n.Label == ends[0] && n.Id == row["fromId"]!.GetValue<string>());
            var to = state.Nodes.FirstOrDefault(n => n.Label == ends[1] && n.Id == row["toId"]!.GetValue<string>());
            if (from is null || to is null)
                continue; // MATCH found nothing: the row writes nothing, as in Neo4j

            var key = identity.ToDictionary(p => p, p => Value(PropertyType.String, row[p]) ?? throw new InvalidOperationException("MERGE on null"));
            var relationship = state.Relationships.FirstOrDefault(r => r.Type == type.ToString() && r.From == from && r.To == to
                && key.All(k => Equals(r.Properties.GetValueOrDefault(k.Key), k.Value)));
            if (relationship is null)
            {
                relationship = new FakeRelationship(type.ToString(), from, to, new(key), ++state.Seq);
                state.Relationships.Add(relationship);
                c.RelationshipsCreated++;
                c.PropertiesSet += key.Count;
            }

            var wanted = new Dictionary<string, object>();
            foreach (var spec in specs)
                AddWanted(wanted, spec, row);

            SetIfChanged(relationship.Properties, wanted, c);
        }

        return ([], []);
    }

    static (string[], List<JsonNode?[]>) PruneNodes(State state, string label, JsonArray ids, Counters c)
    {
        var keep = ids.Select(i => i!.GetValue<string>()).ToHashSet();
        foreach (var node in state.Nodes.Where(n => n.Label == label && !keep.Contains(n.Id)).ToList())
        {
            c.RelationshipsDeleted += state.Relationships.RemoveAll(r => r.From == node || r.To == node);
            state.Nodes.Remove(node);
            c.NodesDeleted++;
        }

        return ([], []);
    }

    static (string[], List<JsonNode?[]>) PruneRelationships(State state, RelationType type, JsonArray keys, Counters c)
    {
        var keep = keys.Select(k => string.Join("\u001f", k!.AsArray().Select(x => x?.GetValue<string>()))).ToHashSet();
        var identity = Neo4jModel.IdentityProperties(type);
        c.RelationshipsDeleted += state.Relationships.RemoveAll(r => r.Type == type.ToString()
            && !keep.Contains(string.Join("\u001f", [r.From.Id, r.To.Id, .. identity.Select(p => r.Properties.GetValueOrDefault(p) as string)])));
        return ([], []);
    }

    static (string[], List<JsonNode?[]>) ReadNodes(State state, string label) =>
        (["n"], [.. state.Nodes.Where(n => n.Label == label).OrderBy(n => n.Id, StringComparer.Ordinal).Select(n => new JsonNode?[] { TypedNode(n) })]);

    static (string[], List<JsonNode?[]>) ReadRelationships(State state, string type) =>
        (["fromId", "r", "toId"],
        [
            .. state.Relationships.Where(r => r.Type == type)
                .OrderBy(r => r.From.Id, StringComparer.Ordinal).ThenBy(r => r.To.Id, StringComparer.Ordinal)
                .Select(r => new JsonNode?[] { Typed(r.From.Properties.GetValueOrDefault("id")), TypedRelationship(r), Typed(r.To.Properties.GetValueOrDefault("id")) }),
        ]);

    /// <summary><c>SET x = wanted</c> guarded by "only when different": counts every property written or removed.</summary>
    static void SetIfChanged(Dictionary<string, object> stored, Dictionary<string, object> wanted, Counters c)
    {
        var same = stored.Count == wanted.Count && wanted.All(w => stored.TryGetValue(w.Key, out var s) && SameValue(s, w.Value));
        if (same)
            return;
        c.PropertiesSet += wanted.Count + stored.Keys.Count(k => !wanted.ContainsKey(k));
        stored.Clear();
        foreach (var (k, v) in wanted)
            stored[k] = v;
    }

    static bool SameValue(object a, object b) =>
        a is string[] x && b is string[] y ? x.SequenceEqual(y) : Equals(a, b);

    /// <summary>The stored properties of one model property as the MERGE statement writes them (a partial date is its string and two dates).</summary>
    static void AddWanted(Dictionary<string, object> wanted, PropertySpec spec, JsonObject row)
    {
        if (spec.Type != PropertyType.PartialDate)
        {
            if (Value(spec.Type, row[spec.Name]) is { } v)
                wanted[spec.Name] = v;
            return;
        }

        var names = Neo4jModel.StoredNames(spec);
        if (Value(PropertyType.String, row[names[0]]) is { } text)
            wanted[names[0]] = text;
        foreach (var bound in names.Skip(1))
        {
            if (Value(PropertyType.Date, row[bound]) is { } day)
                wanted[bound] = day;
        }
    }

    /// <summary>A JSON parameter value converted as the statement's Cypher converts it (date(), toFloat(), toInteger()).</summary>
    static object? Value(PropertyType type, JsonNode? json)
    {
        if (json is null)
            return null;
        return type switch
        {
            PropertyType.String => json.GetValue<string>(),
            PropertyType.Int => json.GetValue<long>(),
            PropertyType.Float => json.GetValue<double>(),
            PropertyType.Boolean => json.GetValue<bool>(),
            PropertyType.Date => DateOnly.ParseExact(json.GetValue<string>(), "yyyy-MM-dd", CultureInfo.InvariantCulture),
            PropertyType.StringArray => json.AsArray().Select(x => x!.GetValue<string>()).ToArray(),
            _ => throw new ArgumentOutOfRangeException(nameof(type)),
        };
    }

    /// <summary>A value in typed JSON, as Neo4j answers with Accept: application/vnd.neo4j.query.</summary>
    public static JsonNode Typed(object? value) => value switch
    {
        null => T("Null", null),
        string s => T("String", s),
        long l => T("Integer", l.ToString(CultureInfo.InvariantCulture)),
        int i => T("Integer", i.ToString(CultureInfo.InvariantCulture)),
        double d => T("Float", d.ToString("R", CultureInfo.InvariantCulture)),
        bool b => T("Boolean", b),
        DateOnly d => T("Date", d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        string[] list => T("List", new JsonArray([.. list.Select(Typed)])),
        _ => throw new ArgumentException($"no typed JSON for {value.GetType().Name}"),
    };

    static JsonObject T(string type, JsonNode? value) => new() { ["$type"] = type, ["_value"] = value };

    public static JsonNode TypedNode(FakeNode node) => T("Node", new JsonObject
    {
        ["_element_id"] = $"4:fake:{node.Seq}",
        ["_labels"] = new JsonArray(node.Label),
        ["_properties"] = Props(node.Properties),
    });

    public static JsonNode TypedRelationship(FakeRelationship r) => T("Relationship", new JsonObject
    {
        ["_element_id"] = $"5:fake:{r.Seq}",
        ["_start_node_element_id"] = $"4:fake:{r.From.Seq}",
        ["_end_node_element_id"] = $"4:fake:{r.To.Seq}",
        ["_type"] = r.Type,
        ["_properties"] = Props(r.Properties),
    });

    static JsonObject Props(Dictionary<string, object> properties) =>
        new(properties.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)Typed(p.Value))));
}
