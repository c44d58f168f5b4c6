using RouteGraph.Core.Model;

namespace RouteGraph.Core.Graph;

/// <summary>A value checked against its <see cref="PropertySpec"/>: the typed value (null = absent) or why it is wrong.</summary>
internal readonly record struct CheckedValue(object? Value, string? Problem)
{
    public static CheckedValue Of(object? value) => new(value, null);

    public static CheckedValue Wrong(string problem) => new(null, problem);
}
