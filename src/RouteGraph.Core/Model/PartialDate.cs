using System.Globalization;

namespace RouteGraph.Core.Model;

/// <summary>
/// A date known to a year, a month or a day (<c>2006</c>, <c>2006-07</c>, <c>2006-07-10</c>, ISO 8601):
/// the precision the publisher gives and no more, never a guessed day. The analytics read it as the
/// interval of its days, <see cref="Earliest"/> to <see cref="Latest"/>.
/// </summary>
public readonly record struct PartialDate : IComparable<PartialDate>
{
    PartialDate(int year, int? month, int? day) => (Year, Month, Day) = (year, month, day);

    public int Year { get; }
    public int? Month { get; }
    public int? Day { get; }

    public DatePrecision Precision => Day is not null ? DatePrecision.DAY : Month is not null ? DatePrecision.MONTH : DatePrecision.YEAR;

    /// <summary>The first day the date can mean.</summary>
    public DateOnly Earliest => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>The last day the date can mean.</summary>
    public DateOnly Latest => Precision switch
    {
        DatePrecision.DAY => Earliest,
        DatePrecision.MONTH => new(Year, Month!.Value, DateTime.DaysInMonth(Year, Month.Value)),
        _ => new(Year, 12, 31),
    };

    /// <summary>A whole day.</summary>
    public static PartialDate Of(DateOnly day) => new(day.Year, day.Month, day.Day);

    /// <summary>
    /// Reads <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c> exactly (four-digit year, two-digit month
    /// and day, a real calendar day); anything else gives a reason instead of a date.
    /// </summary>
    public static bool TryParse(string? text, out PartialDate date, out string? problem)
    {
        date = default;
        problem = null;
        var parts = (text ?? "").Split('-');
        if (parts.Length > 3 || !Digits(parts[0], 4) || parts.Skip(1).Any(p => !Digits(p, 2)))
        {
            problem = $"'{text}' is not a date: write yyyy, yyyy-MM or yyyy-MM-dd (2006, 2006-07, 2006-07-10)";
            return false;
        }

        var year = Number(parts[0]);
        int? month = parts.Length > 1 ? Number(parts[1]) : null;
        int? day = parts.Length > 2 ? Number(parts[2]) : null;
        if (year < 1)
            problem = $"'{text}' has no year 0000";
        else if (month is < 1 or > 12)
            problem = $"'{text}' has month {month:00}, not 01 to 12";
        else if (day is { } d && (d < 1 || d > DateTime.DaysInMonth(year, month!.Value)))
            problem = $"'{text}' is not a day: {year:0000}-{month:00} has {DateTime.DaysInMonth(year, month!.Value)} days";
        if (problem is not null)
            return false;

        date = new PartialDate(year, month, day);
        return true;
    }

    /// <exception cref="FormatException">Not a partial date; the message says why.</exception>
    public static PartialDate Parse(string text) =>
        TryParse(text, out var date, out var problem) ? date : throw new FormatException(problem);

    /// <summary>Whether the date certainly lies on or before a day (all of its days do).</summary>
    public bool IsCertainlyBy(DateOnly day) => Latest <= day;

    /// <summary>Whether some of its days lie on or before a day and some after it.</summary>
    public bool Straddles(DateOnly day) => Earliest <= day && day < Latest;

    /// <summary>Whether any of its days falls in an inclusive window (an open end is unbounded).</summary>
    public bool Overlaps(DateOnly? from, DateOnly? to) => (from is not { } f || Latest >= f) && (to is not { } t || Earliest <= t);

    /// <summary>By first day, then the more precise date first.</summary>
    public int CompareTo(PartialDate other) =>
        Earliest.CompareTo(other.Earliest) is var byStart and not 0 ? byStart : Latest.CompareTo(other.Latest);

    public override string ToString() => Precision switch
    {
        DatePrecision.DAY => Earliest.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DatePrecision.MONTH => $"{Year:0000}-{Month:00}",
        _ => $"{Year:0000}",
    };

    static bool Digits(string text, int length) => text.Length == length && text.All(char.IsAsciiDigit);

    static int Number(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
}
