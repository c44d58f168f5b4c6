namespace RouteGraph.Api;

/// <summary>Cheap limits that stop hostile or runaway requests before they execute (docs/graphql.md, Limits).</summary>
public sealed class GraphQLLimits
{
    /// <summary>Largest POST body accepted, in bytes (413 beyond).</summary>
    public int MaxBodyBytes { get; set; } = 100 * 1024;

    /// <summary>Longest GraphQL document accepted, in characters (DOCUMENT_TOO_LARGE beyond).</summary>
    public int MaxDocumentLength { get; set; } = 32 * 1024;

    /// <summary>Most field selections the operation may hold once its fragments are expanded (MAX_FIELDS_EXCEEDED beyond).</summary>
    public int MaxFields { get; set; } = 1_000;

    /// <summary>Deepest field nesting accepted (MAX_DEPTH_EXCEEDED beyond). GraphiQL's introspection query needs 13.</summary>
    public int MaxDepth { get; set; } = 15;

    /// <summary>Highest estimated cost accepted (MAX_COMPLEXITY_EXCEEDED beyond); see <see cref="ListSize"/>.</summary>
    public int MaxComplexity { get; set; } = 20_000;

    /// <summary>Items a list counts in the cost estimate when neither its arguments nor its known size say more.</summary>
    public int ListSize { get; set; } = 5;

    /// <summary>Most field aliases accepted in one document (MAX_ALIASES_EXCEEDED beyond).</summary>
    public int MaxAliases { get; set; } = 30;

    /// <summary>Page size of a connection when <c>first</c> is not given.</summary>
    public int DefaultPageSize { get; set; } = 50;

    /// <summary>Largest <c>first</c> a connection accepts (BAD_ARGUMENT beyond).</summary>
    public int MaxPageSize { get; set; } = 200;
}
