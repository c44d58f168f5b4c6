using System.Globalization;
using System.Text;

namespace RouteGraph.Core.Analytics;

/// <summary>
/// Folds text for matching: accents stripped (FormD, marks dropped, and <see cref="LatinDiacritics"/>
/// where the runtime's invariant mode leaves letters composed), lower case, and every run of
/// punctuation or spaces turned into one space, so "Côte d’Ivoire", "cote d'ivoire" and
/// "COTE D IVOIRE" all read "cote d ivoire".
/// </summary>
internal static class TextFold
{
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return "";

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var ch in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark)
                continue;
            if (!char.IsLetterOrDigit(ch))
            {
                // Apostrophes (’ and '), hyphens, dashes, dots and spaces all separate words alike.
                pendingSpace = true;
                continue;
            }

            if (pendingSpace && folded.Length > 0)
                folded.Append(' ');
            pendingSpace = false;
            AppendLetter(folded, LatinDiacritics.Strip(ch));
        }

        return folded.ToString();
    }

    /// <summary>Letters that carry no combining mark in Unicode but that readers type without their stroke.</summary>
    static void AppendLetter(StringBuilder to, char ch)
    {
        switch (char.ToLowerInvariant(ch))
        {
            case 'ß': to.Append("ss"); break;
            case 'æ': to.Append("ae"); break;
            case 'œ': to.Append("oe"); break;
            case 'ø': to.Append('o'); break;
            case 'ł': to.Append('l'); break;
            case 'đ': to.Append('d'); break;
            case 'ı': to.Append('i'); break;
            case var lower: to.Append(lower); break;
        }
    }
}
