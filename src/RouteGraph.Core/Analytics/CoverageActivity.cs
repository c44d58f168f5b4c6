using RouteGraph.Core.Model;

namespace RouteGraph.Core.Analytics;

/// <summary>
/// A programme acting in a country in a sector (returns from or to it): evidence of another kind,
/// shown in the cell beside the partnerships and never counted as one.
/// </summary>
public sealed record CoverageActivity(Programme Programme, RelationType Relation, LifecycleStatus Status);
