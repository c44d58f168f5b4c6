using System.Globalization;

namespace RouteGraph.Api.GraphQL.Types;

/// <summary>Reads a list field of a parsed input object (graphql-dotnet hands lists over as untyped enumerables).</summary>
internal static class InputLists
{
    public static T[]? Of<T>(IDictionary<string, object?> value, string key) =>
        value.TryGetValue(key, out var list) && list is System.Collections.IEnumerable items and not string
            ? [.. items.Cast<object>().Select(i => i is T t ? t : (T)Convert.ChangeType(i, typeof(T), CultureInfo.InvariantCulture))]
            : null;
}
