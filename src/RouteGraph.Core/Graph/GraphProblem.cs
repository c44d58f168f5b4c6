namespace RouteGraph.Core.Graph;

/// <summary>
/// One problem found while reading or checking graph data, printed as <c>file:line:column: reason</c>.
/// </summary>
public sealed record GraphProblem(string File, int Line, int Column, string Reason)
{
    public GraphProblem(SourceLocation? at, string reason)
        : this(at?.File ?? "(graph)", at?.Line ?? 0, at?.Column ?? 0, reason)
    {
    }

    public override string ToString() => $"{File}:{Line}:{Column}: {Reason}";
}
