namespace RouteGraph.Core.Model;

/// <summary>
/// A node's name (or title) in the languages RouteGraph holds: English always, Italian and French
/// where known. Language tags are BCP 47 (<c>it</c>, <c>it-IT</c>, <c>fr-BE</c>): the primary
/// subtag decides; English is the fallback.
/// </summary>
public sealed record LocalisedNames(string En, string? It, string? Fr)
{
    public const string English = "en", Italian = "it", French = "fr";

    public static IReadOnlyList<string> Languages { get; } = [English, Italian, French];

    /// <summary>The name in the language of a BCP 47 tag, or in English, saying which it is.</summary>
    public LocalisedText In(string? languageTag)
    {
        var requested = PrimaryLanguage(languageTag);
        var text = requested switch
        {
            Italian => It,
            French => Fr,
            English => En,
            _ => null,
        };
        return text is null ? new LocalisedText(En, English, requested, requested != English) : new LocalisedText(text, requested, requested, false);
    }

    /// <summary>Every name held, for search.</summary>
    public IEnumerable<string> All => new[] { En, It, Fr }.OfType<string>();

    /// <summary>The primary language subtag of a BCP 47 tag, lower case (<c>it-IT</c> → <c>it</c>); English when empty.</summary>
    public static string PrimaryLanguage(string? languageTag)
    {
        var primary = (languageTag ?? "").Trim().Split('-', '_')[0].ToLowerInvariant();
        return primary.Length == 0 ? English : primary;
    }
}
