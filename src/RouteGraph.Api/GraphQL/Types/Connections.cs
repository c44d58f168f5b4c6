using System.Text;
using global::GraphQL;
using global::GraphQL.Types;
using global::GraphQL.Types.Relay;
using global::GraphQL.Types.Relay.DataObjects;
using global::GraphQL.Validation.Complexity;
using Microsoft.Extensions.Options;
using RouteGraph.Core.Model;

namespace RouteGraph.Api.GraphQL.Types;

/// <summary>
/// A cursor connection: <c>edges { cursor node }</c>, <c>nodes</c>, <c>pageInfo</c>, <c>totalCount</c>.
/// (graphql-dotnet's own ConnectionType names its shortcut <c>items</c> and makes <c>totalCount</c> nullable; front ends expect <c>nodes</c>.)
/// </summary>
public abstract class ConnectionGraphType<TNodeType, TEdgeType, TNode> : ObjectGraphType<Connection<TNode>>
    where TNodeType : IGraphType
    where TEdgeType : IGraphType
{
    protected ConnectionGraphType(string name, string what, GraphQLLimits limits)
    {
        Name = name;
        Description = $"A page of {what}, with cursors to ask for the next page (first, after).";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TEdgeType>>>>("edges")
            .Description($"The {what} of this page, each with its cursor.")
            .Resolve(c => c.Source.Edges)
            .WithComplexityImpact(context => PageImpact(context, limits));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeType>>>>("nodes")
            .Description($"The {what} of this page, without cursors.")
            .Resolve(c => c.Source.Items)
            .WithComplexityImpact(context => PageImpact(context, limits));
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Description("Where this page sits in the whole list.").Resolve(c => c.Source.PageInfo);
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description($"How many {what} the whole list holds, over all pages.")
            .Resolve(c => c.Source.TotalCount);
    }

    /// <summary>A page holds <c>first</c> items (the default page size when not given), not the default 5 of a list.</summary>
    static FieldComplexityResult PageImpact(FieldImpactContext context, GraphQLLimits limits)
    {
        var first = context.Parent?.GetArgument<int?>("first", null);
        var size = first is >= 0 ? Math.Min(first.Value, limits.MaxPageSize) : limits.DefaultPageSize;
        return new FieldComplexityResult(1, size);
    }
}

public abstract class EdgeGraphType<TNodeType, TNode> : ObjectGraphType<Edge<TNode>> where TNodeType : IGraphType
{
    protected EdgeGraphType(string name, string what)
    {
        Name = name;
        Description = $"One of the {what} of a page, with its cursor.";
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("Pass it as after to get the items that follow this one.")
            .Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<TNodeType>>("node").Description($"The item.").Resolve(c => c.Source.Node);
    }
}

public sealed class CountryConnectionType(IOptions<RouteGraphOptions> options)
    : ConnectionGraphType<CountryType, CountryEdgeType, Country>("CountryConnection", "countries", options.Value.Limits);

public sealed class CountryEdgeType() : EdgeGraphType<CountryType, Country>("CountryEdge", "countries");

public sealed class PartnershipConnectionType(IOptions<RouteGraphOptions> options)
    : ConnectionGraphType<PartnershipType, PartnershipEdgeType, Partnership>("PartnershipConnection", "partnerships", options.Value.Limits);

public sealed class PartnershipEdgeType() : EdgeGraphType<PartnershipType, Partnership>("PartnershipEdge", "partnerships");

/// <summary>Cursor paging over an ordered list. A cursor is the base64 of <c>offset:N</c>: opaque to clients, cheap to check.</summary>
public static class Paging
{
    const string Prefix = "offset:";

    /// <summary>Checks first and after (before any work is done) and gives the window they ask for.</summary>
    public static PageWindow Window(int? first, string? after, GraphQLLimits limits)
    {
        if (first < 0)
            throw ResolveContextExtensions.BadArgument($"first must be 0 or more (it was {first}).");
        if (first > limits.MaxPageSize)
            throw ResolveContextExtensions.BadArgument($"first can be at most {limits.MaxPageSize} (it was {first}).");
        return new PageWindow(after is null ? 0 : Decode(after) + 1, first ?? limits.DefaultPageSize);
    }

    public static string Encode(int offset) => Convert.ToBase64String(Encoding.UTF8.GetBytes(Prefix + offset));

    static int Decode(string cursor)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            if (text.StartsWith(Prefix, StringComparison.Ordinal)
                && int.TryParse(text.AsSpan(Prefix.Length), System.Globalization.NumberStyles.None, null, out var offset)
                && offset < int.MaxValue)
                return offset;
        }
        catch (FormatException)
        {
        }

        throw ResolveContextExtensions.BadArgument($"after is not a cursor this API gave: '{Truncate(cursor)}'.");
    }

    static string Truncate(string text) => text.Length <= 40 ? text : text[..40] + "…";
}

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
