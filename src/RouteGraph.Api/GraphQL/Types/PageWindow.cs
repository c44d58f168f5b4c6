using global::GraphQL.Types.Relay.DataObjects;

namespace RouteGraph.Api.GraphQL.Types;

/// <summary>A page of an ordered list: where it starts and how many items it holds at most.</summary>
public readonly record struct PageWindow(int Start, int Size)
{
    public Connection<T> Of<T>(IReadOnlyList<T> all)
    {
        var start = Math.Min(Start, all.Count);
        var end = (int)Math.Min(all.Count, (long)start + Size);
        var edges = new List<Edge<T>>(end - start);
        for (var i = start; i < end; i++)
            edges.Add(new Edge<T> { Cursor = Paging.Encode(i), Node = all[i] });
        return new Connection<T>
        {
            TotalCount = all.Count,
            Edges = edges,
            PageInfo = new PageInfo
            {
                HasNextPage = end < all.Count,
                HasPreviousPage = start > 0,
                StartCursor = edges.Count > 0 ? edges[0].Cursor : null,
                EndCursor = edges.Count > 0 ? edges[^1].Cursor : null,
            },
        };
    }
}
