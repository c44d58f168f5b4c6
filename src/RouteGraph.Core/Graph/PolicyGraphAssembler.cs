using RouteGraph.Core.Model;

namespace RouteGraph.Core.Graph;

/// <summary>
/// Turns store-neutral records into a checked <see cref="PolicyGraph"/>: every problem is reported
/// (duplicate ids, unknown ids, wrong labels at either end, bad values) and any problem means no graph.
/// The seed reader and the Neo4j loader both end here, so both stores obey the same rules.
/// </summary>
public static class PolicyGraphAssembler
{
    /// <summary>Field names for <see cref="AssemblyContext.Locate"/> besides property names.</summary>
    internal const string IdField = "id", StartField = "start", EndField = "end";

    public static GraphLoadResult Assemble(string version, IEnumerable<NodeRecord> nodes, IEnumerable<RelationshipRecord> relationships) =>
        Assemble(version, nodes, relationships, AssemblyContext.Default);

    internal static GraphLoadResult Assemble(
        string version, IEnumerable<NodeRecord> nodes, IEnumerable<RelationshipRecord> relationships, AssemblyContext context)
    {
        var problems = new List<GraphProblem>();
        void Report(SourceLocation? at, string field, string reason) => problems.Add(new GraphProblem(context.Locate(at, field), reason));

        var ambiguous = new HashSet<string>(context.UnreadIds, StringComparer.Ordinal);
        var records = IndexById(nodes, ambiguous, Report);
        var policyNodes = records.Values.Select(r => MapNode(r, Report)).OfType<PolicyNode>().ToList();
        CheckSectorCodes(policyNodes, records, Report);
        var relationshipList = relationships.ToList();
        var relations = relationshipList.Select(r => MapRelation(r, records, ambiguous, Report)).OfType<PolicyRelation>().ToList();
        CheckEventSubjects(policyNodes, relationshipList, records, Report);

        return problems.Count > 0
            ? new GraphLoadResult(null, problems)
            : new GraphLoadResult(PolicyGraph.Create(version, policyNodes, relations), []);
    }

    delegate void ReportAt(SourceLocation? at, string field, string reason);

    /// <summary>
    /// The first record of each id; every later one is a duplicate pointing back to it, and its id
    /// joins the ambiguous ones (references to it are not checked, so one duplicate is one problem).
    /// </summary>
    static Dictionary<string, NodeRecord> IndexById(IEnumerable<NodeRecord> nodes, HashSet<string> ambiguous, ReportAt report)
    {
        var byId = new Dictionary<string, NodeRecord>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            if (!Enum.IsDefined(node.Label))
                report(node.Location, IdField, $"unknown label {node.Label}");
            else if (NodeIds.Check(node.Label, node.Id) is { } idProblem)
            {
                report(node.Location, IdField, idProblem);
                ambiguous.Add(node.Id);
            }
            else if (byId.TryGetValue(node.Id, out var first))
            {
                report(node.Location, IdField, $"duplicate id '{node.Id}' (first at {Describe(first.Location)})");
                ambiguous.Add(node.Id);
            }
            else
                byId.Add(node.Id, node);
        }

        return byId;
    }

    static PolicyNode? MapNode(NodeRecord record, ReportAt report)
    {
        void ReportField(string field, string reason) => report(record.Location, field, reason);

        var properties = CheckedProperties.Check(GraphSchema.For(record.Label).Properties, record.Properties, ReportField);
        if (properties is null)
            return null;
        var node = NodeMappings.ByLabel[record.Label](record.Id, properties);
        return properties.HasProblems ? null : node;
    }

    /// <summary>The graph looks sectors up by code, so each of the five codes may name one node only.</summary>
    static void CheckSectorCodes(IEnumerable<PolicyNode> nodes, Dictionary<string, NodeRecord> records, ReportAt report)
    {
        foreach (var sameCode in nodes.OfType<KeySector>().GroupBy(s => s.Code).Where(g => g.Count() > 1))
        {
            var first = sameCode.First();
            foreach (var later in sameCode.Skip(1))
                report(records[later.Id].Location, "code", $"sector code {later.Code} is also used by '{first.Id}' ({Describe(records[first.Id].Location)})");
        }
    }

    /// <summary>
    /// An event is one moment of one partnership's or programme's life: exactly one HAS_EVENT points at it.
    /// Read from the records, so a HAS_EVENT whose partnership has a problem of its own still counts.
    /// </summary>
    static void CheckEventSubjects(
        IEnumerable<PolicyNode> nodes, IEnumerable<RelationshipRecord> relationships, Dictionary<string, NodeRecord> records, ReportAt report)
    {
        var subjects = relationships.Where(r => r.Type == RelationType.HAS_EVENT).ToLookup(r => r.ToId, r => r.FromId, StringComparer.Ordinal);
        foreach (var e in nodes.OfType<LifecycleEvent>())
        {
            var of = subjects[e.Id].Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            if (of.Count == 0)
                report(records[e.Id].Location, IdField, $"event '{e.Id}' belongs to no partnership or programme (add a HAS_EVENT row)");
            else if (of.Count > 1)
                report(records[e.Id].Location, IdField, $"event '{e.Id}' belongs to {string.Join(" and ", of)}: an event has one subject");
        }
    }

    static PolicyRelation? MapRelation(
        RelationshipRecord record, Dictionary<string, NodeRecord> nodes, HashSet<string> ambiguous, ReportAt report)
    {
        if (!Enum.IsDefined(record.Type))
        {
            report(record.Location, StartField, $"unknown relationship type {record.Type}");
            return null;
        }

        var spec = GraphSchema.For(record.Type);
        var ok = true;
        void ReportField(string field, string reason)
        {
            ok = false;
            report(record.Location, field, reason);
        }

        CheckEnd(record.Type, "start", record.FromId, spec.From, StartField);
        CheckEnd(record.Type, "end", record.ToId, spec.To, EndField);
        // A hop goes somewhere: a LEG from a country to itself would be dropped silently by the path analytics.
        if (ok && record.Type == RelationType.LEG && record.FromId == record.ToId)
            ReportField(EndField, $"LEG from '{record.FromId}' to itself: a hop joins two different countries");
        var properties = CheckedProperties.Check(spec.Properties, record.Properties, ReportField);
        if (properties is null || !ok)
            return null;

        // Properties a type does not carry are absent, so one mapping serves every type.
        CheckReference(properties.Text("source"), "source", NodeLabel.Document);
        CheckReference(properties.Text("route"), "route", NodeLabel.Route);
        return ok
            ? new PolicyRelation(
                record.Type, record.FromId, record.ToId,
                Role: properties.Enum<RouteRole>("role"),
                RouteId: properties.Text("route"),
                Mode: properties.Enum<RouteMode>("mode"),
                Quote: properties.Text("quote"),
                SourceId: properties.Text("source"),
                Note: properties.Text("note"))
            : null;

        void CheckEnd(RelationType type, string end, string id, IReadOnlyList<NodeLabel> allowed, string field)
        {
            if (string.IsNullOrWhiteSpace(id))
                ReportField(field, $"empty {end} id");
            else if (ambiguous.Contains(id))
                ok = false; // already reported where that node is written
            else if (!nodes.TryGetValue(id, out var node))
                ReportField(field, $"{end} id '{id}' names no node");
            else if (!allowed.Contains(node.Label))
                ReportField(field, $"{type} must {end} at {DescribeLabels(allowed)}, but '{id}' is a {node.Label}");
        }

        void CheckReference(string? id, string property, NodeLabel label)
        {
            if (id is null)
                return;
            if (ambiguous.Contains(id))
                ok = false;
            else if (!nodes.TryGetValue(id, out var node))
                ReportField(property, $"{property} '{id}' names no node (expected a {label})");
            else if (node.Label != label)
                ReportField(property, $"{property} '{id}' is a {node.Label}, not a {label}");
        }
    }

    static string Describe(SourceLocation? at) => at switch
    {
        null => "(unknown location)",
        { Line: > 0 } => $"{at.File}:{at.Line}",
        _ => at.File,
    };

    /// <summary>"a Country or Organisation"; "any node but a Document" when nearly every label is allowed.</summary>
    static string DescribeLabels(IReadOnlyList<NodeLabel> allowed)
    {
        var all = Enum.GetValues<NodeLabel>();
        return allowed.Count > all.Length / 2
            ? $"any node but a {string.Join(" or ", all.Except(allowed))}"
            : $"a {string.Join(" or ", allowed)}";
    }
}

/// <summary>
/// What a store knows beyond its records: where a field of a record is written (a CSV column) and
/// the ids of nodes it could not read (their problems are reported already, so references to them
/// are not reported again).
/// </summary>
internal sealed record AssemblyContext(Func<SourceLocation?, string, SourceLocation?> Locate, IReadOnlySet<string> UnreadIds)
{
    /// <summary>A store without columns: every field is at its record's location.</summary>
    public static AssemblyContext Default { get; } = new((at, _) => at, new HashSet<string>());
}
