using System.Text.RegularExpressions;
using RouteGraph.Core.Model;

namespace RouteGraph.Core.Graph;

/// <summary>The rules of the one id space: ISO 3166-1 alpha-2 for countries, kebab-case slugs otherwise.</summary>
internal static partial class NodeIds
{
    [GeneratedRegex("^[A-Z]{2}$")]
    private static partial Regex Iso2();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KebabCase();

    /// <summary>Why an id does not suit a label, or null when it does.</summary>
    public static string? Check(NodeLabel label, string id) =>
        string.IsNullOrWhiteSpace(id) ? "empty id"
        : label == NodeLabel.Country
            ? Iso2().IsMatch(id) ? null : $"country id '{id}' is not an upper-case ISO 3166-1 alpha-2 code (e.g. TN)"
            : KebabCase().IsMatch(id) ? null : $"{label} id '{id}' is not a kebab-case slug (e.g. central-mediterranean)";
}
