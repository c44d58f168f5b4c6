using System.Collections.Concurrent;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using GraphQLParser.Visitors;
using RouteGraph.Api.Http;

namespace RouteGraph.Api.Caching;

/// <summary>One operation of a document: its name (null when anonymous) and kind.</summary>
public sealed record OperationSummary(string? Name, OperationType Type);

/// <summary>A document printed back from its syntax tree (whitespace, commas and comments no longer matter) and its operations.</summary>
public sealed record NormalizedDocument(string Text, IReadOnlyList<OperationSummary> Operations)
{
    /// <summary>The operation a request runs, by the executor's rule: the named one, or the only one; null when that fails.</summary>
    public OperationSummary? Select(string? operationName) =>
        !string.IsNullOrEmpty(operationName) ? Operations.FirstOrDefault(o => o.Name == operationName)
        : Operations.Count == 1 ? Operations[0]
        : null;
}

/// <summary>
/// Parses a document with GraphQLParser and prints it back, so two spellings of one query share a cache key. Remembers
/// the last few thousand raw documents (dashboards send the same few again and again), so a cache hit costs no parse.
/// </summary>
public sealed class DocumentNormalizer(int capacity)
{
    readonly ConcurrentDictionary<string, NormalizedDocument?> _known = new(StringComparer.Ordinal);

    /// <summary>The normalised document, or null when the text is not a GraphQL document (the executor reports why).</summary>
    public NormalizedDocument? Normalize(string query)
    {
        if (_known.TryGetValue(query, out var known))
            return known;

        NormalizedDocument? normalized;
        try
        {
            // The executor's options: a document too deep for it is not normalised here either (the executor refuses it).
            var document = GraphQLParser.Parser.Parse(query, GraphQLRequestExecutor.ParserOptions);
            var operations = document.Definitions.OfType<GraphQLOperationDefinition>()
                .Select(o => new OperationSummary(o.Name?.StringValue, o.Operation))
                .ToList();
            normalized = new NormalizedDocument(new SDLPrinter(new SDLPrinterOptions { PrintComments = false }).Print(document), operations);
        }
        catch (GraphQLParserException)
        {
            normalized = null;
        }

        // Bounded the simple way: when full, start again (the working set refills at once).
        if (_known.Count >= capacity)
            _known.Clear();
        _known[query] = normalized;
        return normalized;
    }
}
