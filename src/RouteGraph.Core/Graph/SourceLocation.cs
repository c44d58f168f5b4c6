namespace RouteGraph.Core.Graph;

/// <summary>Where a record came from: a seed file and line, or a store ("neo4j") with no line.</summary>
public sealed record SourceLocation(string File, int Line, int Column = 1);
