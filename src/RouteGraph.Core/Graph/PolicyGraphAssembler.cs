// CONTRACT STUB — the loader helper implements this.
using RouteGraph.Core.Model;

namespace RouteGraph.Core.Graph;

/// <summary>
/// Turns store-neutral records into a checked <see cref="PolicyGraph"/>: every problem is reported
/// (duplicate ids, unknown ids, wrong labels at either end, bad values) and any problem means no graph.
/// </summary>
public static class PolicyGraphAssembler
{
    public static GraphLoadResult Assemble(string version, IEnumerable<NodeRecord> nodes, IEnumerable<RelationshipRecord> relationships) =>
        throw new NotImplementedException();
}
