using GraphQLParser.AST;

namespace RouteGraph.Api.Caching;

/// <summary>A document parsed once: its syntax tree (handed to graphql-dotnet as is) and its normalised text (for cache keys).</summary>
public sealed record ParsedDocument(GraphQLDocument Document, string Normalized)
{
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
}
