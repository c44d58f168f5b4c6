using System.Collections.Concurrent;
using GraphQLParser.AST;

namespace RouteGraph.Api.Caching;

/// <summary>
/// A document parsed once: its syntax tree (handed to graphql-dotnet as is), its normalised text (for cache keys), and
/// the operations already found valid against the schema, so a repeated query pays for execution only.
/// </summary>
public sealed class ParsedDocument(GraphQLDocument document, string normalized)
{
    /// <summary>Bounds the memo for documents asked with many operation names (each one that validated is remembered).</summary>
    const int ValidatedOperationsKept = 64;

    readonly ConcurrentDictionary<(string Operation, bool IsGet), bool> _validated = new();

    public GraphQLDocument Document { get; } = document;

    public string Normalized { get; } = normalized;

    /// <summary>The operation a request runs, by the spec's rule: the named one, or the only one; null when that fails.</summary>
    public GraphQLOperationDefinition? Operation(string? name)
    {
        GraphQLOperationDefinition? found = null;
        foreach (var definition in Document.Definitions)
        {
            if (definition is not GraphQLOperationDefinition operation)
                continue;
            if (!string.IsNullOrEmpty(name) ? operation.Name?.StringValue == name : found is null)
                found = operation;
            else if (string.IsNullOrEmpty(name))
                return null; // several operations and no name
        }

        return found;
    }

    /// <summary>
    /// Whether this operation of the document passed the schema's validation rules, asked over this HTTP method (GET runs
    /// queries only). The schema is fixed for the life of the process, so the answer never changes.
    /// </summary>
    public bool IsValidated(string? operationName, bool isGet) => _validated.ContainsKey((operationName ?? "", isGet));

    public void MarkValidated(string? operationName, bool isGet)
    {
        if (_validated.Count < ValidatedOperationsKept)
            _validated.TryAdd((operationName ?? "", isGet), true);
    }
}
