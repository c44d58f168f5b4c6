using GraphQLParser;
using GraphQLParser.Visitors;
using Microsoft.Extensions.Caching.Memory;
using RouteGraph.Api.Metrics;

namespace RouteGraph.Api.Caching;

/// <summary>
/// Parses each document once: the syntax tree and its normalised text (printed back, so whitespace, commas and comments no
/// longer matter) are kept in the bounded in-process memory, so a dashboard's repeated query costs no parse at all.
/// </summary>
public sealed class DocumentCache([FromKeyedServices(CachingRegistration.MemoryKey)] IMemoryCache memory, ApiMetrics metrics)
{
    /// <summary>How deep the parser may recurse (AST nodes); deeper documents are refused, never a stack overflow.</summary>
    const int ParserMaxDepth = 128;

    static readonly ParserOptions ParserOptions = new() { Ignore = IgnoreOptions.Comments, MaxDepth = ParserMaxDepth };

    /// <summary>The parsed document; throws GraphQLParser's exceptions (syntax, depth) for text that is not one.</summary>
    public ParsedDocument Parse(string query)
    {
        var key = new DocumentKey(query);
        if (memory.TryGetValue(key, out ParsedDocument? known))
            return known!;

        var document = Parser.Parse(query, ParserOptions);
        var parsed = new ParsedDocument(document, new SDLPrinter(new SDLPrinterOptions { PrintComments = false }).Print(document));
        // A syntax tree takes roughly twenty bytes per character of its text; the estimate is what the memory bound counts.
        memory.Set(key, parsed, new MemoryCacheEntryOptions { Size = 24L * query.Length + 512, SlidingExpiration = TimeSpan.FromMinutes(10) }
            .RegisterPostEvictionCallback((_, _, reason, _) => metrics.Evicted(reason)));
        return parsed;
    }

    /// <summary>Keeps parsed documents apart from FusionCache's entries (string keys) in the shared memory.</summary>
    sealed record DocumentKey(string Query);
}
