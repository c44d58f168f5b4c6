using System.Text;

namespace RouteGraph.Api.Http;

/// <summary>
/// Client text made safe for a log line: control characters (ESC sequences that repaint a terminal, newlines that forge a
/// second log line) are written as escapes, and the text is cut to a length a log line can carry.
/// </summary>
public static class LogText
{
    public const int MaxLength = 100;

    public static string Safe(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return "(anonymous)";
        var safe = new StringBuilder(Math.Min(text.Length, MaxLength) + 8);
        foreach (var c in text.Length > MaxLength ? text[..MaxLength] : text)
        {
            if (char.IsControl(c) || char.IsSurrogate(c) || c is '\u2028' or '\u2029')
                safe.Append("\\u").Append(((int)c).ToString("x4"));
            else
                safe.Append(c);
        }

        return text.Length > MaxLength ? safe.Append("…(").Append(text.Length).Append(" chars)").ToString() : safe.ToString();
    }
}
