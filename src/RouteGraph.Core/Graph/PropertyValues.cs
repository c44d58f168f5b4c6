using System.Collections;
using System.Globalization;
using RouteGraph.Core.Model;

namespace RouteGraph.Core.Graph;

/// <summary>
/// The value rules of <see cref="GraphSchema"/>, in one place for every store: parsing the text of a
/// CSV cell (the seed reader) and re-checking a value another store hands over, whatever its CLR type
/// (the assembler). Typed values are string, long, double, bool, DateOnly, PartialDate and string[].
/// </summary>
internal static class PropertyValues
{
    /// <summary>The date format of the seed files, as Neo4j's bulk import reads a <c>:date</c>.</summary>
    public const string DateFormat = "yyyy-MM-dd";

    /// <summary>Separator of the items of a <c>:string[]</c> cell (Neo4j's default array delimiter).</summary>
    public const char ArrayDelimiter = ';';

    /// <summary>Parses a CSV cell; a blank cell is an absent value.</summary>
    public static CheckedValue Parse(PropertySpec spec, string? cell)
    {
        if (string.IsNullOrWhiteSpace(cell))
            return spec.Required ? CheckedValue.Wrong($"required value '{spec.Name}' is empty") : CheckedValue.Of(null);

        return spec.Type switch
        {
            PropertyType.String => CheckText(spec, cell),
            PropertyType.Int => long.TryParse(cell, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i)
                ? CheckedValue.Of(i)
                : Bad(spec, cell, "a whole number"),
            PropertyType.Float => double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d)
                ? CheckedValue.Of(d)
                : Bad(spec, cell, "a decimal number such as 34.5"),
            PropertyType.Boolean => bool.TryParse(cell, out var b) // "true"/"false" in any letter case, nothing else
                ? CheckedValue.Of(b)
                : Bad(spec, cell, "true or false"),
            PropertyType.Date => DateOnly.TryParseExact(cell, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? CheckedValue.Of(date)
                : Bad(spec, cell, DateFormat),
            PropertyType.PartialDate => CheckPartialDate(spec, cell),
            PropertyType.StringArray => CheckItems(spec, cell.Split(ArrayDelimiter, StringSplitOptions.TrimEntries)),
            _ => throw new ArgumentOutOfRangeException(nameof(spec)),
        };
    }

    /// <summary>Re-checks a value from any store: a wrong CLR type is a problem, never an exception.</summary>
    public static CheckedValue Normalise(PropertySpec spec, object? value)
    {
        if (value is null || value is string s && string.IsNullOrWhiteSpace(s))
            return spec.Required ? CheckedValue.Wrong($"required property '{spec.Name}' is missing") : CheckedValue.Of(null);

        return (spec.Type, value) switch
        {
            (PropertyType.String, string text) => CheckText(spec, text),
            (PropertyType.Int, long or int or short) => CheckedValue.Of(Convert.ToInt64(value, CultureInfo.InvariantCulture)),
            (PropertyType.Float, double or float or long or int) when double.IsFinite(Convert.ToDouble(value, CultureInfo.InvariantCulture)) =>
                CheckedValue.Of(Convert.ToDouble(value, CultureInfo.InvariantCulture)),
            (PropertyType.Boolean, bool) => CheckedValue.Of(value),
            (PropertyType.Date, DateOnly) => CheckedValue.Of(value),
            (PropertyType.PartialDate, PartialDate) => CheckedValue.Of(value),
            (PropertyType.PartialDate, DateOnly day) => CheckedValue.Of(PartialDate.Of(day)),
            (PropertyType.PartialDate, string text) => CheckPartialDate(spec, text),
            (PropertyType.StringArray, IEnumerable items and not string) => CheckItems(spec, [.. items.Cast<object?>().Select(i => i as string)]),
            _ => CheckedValue.Wrong(
                $"'{spec.Name}' should be {TypeName(spec.Type)} but is a {value.GetType().Name} ({Convert.ToString(value, CultureInfo.InvariantCulture)})"),
        };
    }

    /// <summary>The allowed values of an enumerated property, for messages.</summary>
    public static string Allowed(IEnumerable<string> values) => string.Join(", ", values);

    static CheckedValue CheckText(PropertySpec spec, string text) =>
        ControlCharacter(spec, text) ?? (spec.Values is { } allowed && !allowed.Contains(text, StringComparer.Ordinal)
            ? CheckedValue.Wrong($"unknown {spec.Name} '{text}' (allowed: {Allowed(allowed)})")
            : CheckedValue.Of(text));

    static CheckedValue CheckPartialDate(PropertySpec spec, string text) =>
        PartialDate.TryParse(text, out var date, out var problem)
            ? CheckedValue.Of(date)
            : CheckedValue.Wrong($"bad date for '{spec.Name}': {problem}");

    static CheckedValue CheckItems(PropertySpec spec, string?[] items) =>
        items.Any(string.IsNullOrWhiteSpace)
            ? CheckedValue.Wrong($"'{spec.Name}' has an empty item (items are separated by '{ArrayDelimiter}')")
            : items.Select(item => ControlCharacter(spec, item!)).FirstOrDefault(problem => problem is not null) ?? CheckedValue.Of(items.Cast<string>().ToArray());

    /// <summary>A control character (NUL, ESC, DEL...) in text: invisible in a spreadsheet, and it breaks every consumer downstream.</summary>
    static CheckedValue? ControlCharacter(PropertySpec spec, string text) =>
        text.AsSpan().IndexOfAnyInRange('\u0000', '\u001f') is var at and >= 0 || (at = text.AsSpan().IndexOfAnyInRange('\u007f', '\u009f')) >= 0
            ? CheckedValue.Wrong($"'{spec.Name}' holds the control character U+{(int)text[at]:X4} at position {at + 1}; text must be printable")
            : null;

    static CheckedValue Bad(PropertySpec spec, string cell, string expected) =>
        CheckedValue.Wrong($"bad {TypeName(spec.Type)} '{cell}' for '{spec.Name}' (expected {expected})");

    static string TypeName(PropertyType type) => type switch
    {
        PropertyType.String => "text",
        PropertyType.Int => "int",
        PropertyType.Float => "float",
        PropertyType.Boolean => "boolean",
        PropertyType.Date => "date",
        PropertyType.PartialDate => "date (yyyy, yyyy-MM or yyyy-MM-dd)",
        PropertyType.StringArray => "list of text",
        _ => type.ToString(),
    };
}
