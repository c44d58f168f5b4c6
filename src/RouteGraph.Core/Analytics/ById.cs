using RouteGraph.Core.Model;

namespace RouteGraph.Core.Analytics;

/// <summary>Nodes compared by id: one id is one node in a graph, so there is no need to compare every property.</summary>
internal sealed class ById<T> : IEqualityComparer<T> where T : PolicyNode
{
    public static ById<T> Instance { get; } = new();

    public bool Equals(T? x, T? y) => ReferenceEquals(x, y) || (x is not null && y is not null && x.Id == y.Id);

    public int GetHashCode(T obj) => StringComparer.Ordinal.GetHashCode(obj.Id);
}
