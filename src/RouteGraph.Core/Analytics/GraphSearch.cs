using System.Collections.Immutable;
using RouteGraph.Core.Graph;

namespace RouteGraph.Core.Analytics;

/// <summary>
/// Finds nodes by any of their names, titles and aliases in any language, ignoring case, accents
/// and punctuation: "turchia" finds Türkiye, "cote d ivoire" finds Côte d'Ivoire.
/// </summary>
public static class GraphSearch
{
    /// <summary>Scores by how the query matches a node's best text.</summary>
    public const double ExactScore = 1.0, PrefixScore = 0.8, WordPrefixScore = 0.6, SubstringScore = 0.4, AllWordsScore = 0.2;

    /// <summary>
    /// Nodes whose texts match, best first: exact match, then prefix, then a word starting with the
    /// query, then anywhere inside, then every query word starting some word of the text in any
    /// order. Equal scores are ordered by label, then display name, then id.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">limit below 1.</exception>
    public static ImmutableArray<SearchHit> Find(PolicyGraph graph, string text, int limit = 20)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        var query = TextFold.Fold(text);
        if (query.Length == 0)
            return [];

        var queryWords = query.Split(' ');
        // Value tuples until the top hits are known: only those become SearchHit objects.
        var hits = new List<(IndexedNode Node, string Matched, double Score)>();
        foreach (var node in AnalyticsContext.Of(graph).Search.Nodes)
        {
            var best = 0.0;
            string? matched = null;
            foreach (var (original, folded) in node.Texts)
            {
                var score = Score(folded, query, queryWords);
                if (score > best)
                    (best, matched) = (score, original);
            }

            if (matched is not null)
                hits.Add((node, matched, best));
        }

        return
        [
            .. hits
                .OrderByDescending(h => h.Score)
                .ThenBy(h => h.Node.Node.Label)
                .ThenBy(h => h.Node.FoldedName, StringComparer.Ordinal)
                .ThenBy(h => h.Node.Node.Id, StringComparer.Ordinal)
                .Take(limit)
                .Select(h => new SearchHit(h.Node.Node, h.Matched, h.Score)),
        ];
    }

    static double Score(string text, string query, string[] queryWords)
    {
        var at = text.IndexOf(query, StringComparison.Ordinal);
        if (at == 0)
            return text.Length == query.Length ? ExactScore : PrefixScore;
        if (at > 0)
            return StartsAWord(text, query, at) ? WordPrefixScore : SubstringScore;
        return queryWords.Length > 1 && EveryWordStartsAWord(text, queryWords) ? AllWordsScore : 0;
    }

    // A loop, not a lambda: a closure over the text would be allocated on every call of Score.
    static bool EveryWordStartsAWord(string text, string[] words)
    {
        foreach (var word in words)
        {
            if (!StartsAWord(text, word, text.IndexOf(word, StringComparison.Ordinal)))
                return false;
        }

        return true;
    }

    /// <summary>Whether some occurrence of a word, from the one at <paramref name="at"/> on, starts a word of the text.</summary>
    static bool StartsAWord(string text, string word, int at)
    {
        for (; at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            if (at == 0 || text[at - 1] == ' ')
                return true;
        }

        return false;
    }
}
