using System.Text;

namespace RouteGraph.Api.GraphQL.Types;

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
