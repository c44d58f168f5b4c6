namespace RouteGraph.Neo4j.Cypher;

/// <summary>
/// One Cypher statement RouteGraph sends to Neo4j, with a name for logs and the parameters it
/// reads. Only <see cref="CypherStatements"/> can make one (the constructor is internal), so every
/// statement the project sends is in that one class, where the Cypher lint test finds it.
/// </summary>
public sealed record CypherStatement
{
    internal CypherStatement(string name, string text, params string[] parameters)
    {
        Name = name;
        Text = text;
        Parameters = parameters;
    }

    /// <summary>A short stable name, e.g. <c>merge-nodes:Country</c>.</summary>
    public string Name { get; }

    public string Text { get; }

    /// <summary>The parameters the statement reads (without the $).</summary>
    public IReadOnlyList<string> Parameters { get; }

    /// <summary>Refuses a call whose parameters are not exactly the ones the statement declares.</summary>
    internal void CheckParameters(IReadOnlyDictionary<string, object?>? given)
    {
        var names = given?.Keys ?? [];
        var missing = Parameters.Except(names).ToArray();
        var extra = names.Except(Parameters).ToArray();
        if (missing.Length > 0 || extra.Length > 0)
        {
            throw new ArgumentException(
                $"Statement {Name} takes parameters [{string.Join(", ", Parameters)}]; " +
                $"missing [{string.Join(", ", missing)}], unexpected [{string.Join(", ", extra)}].");
        }
    }

    public override string ToString() => Name;
}
