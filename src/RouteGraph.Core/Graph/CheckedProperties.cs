using RouteGraph.Core.Model;

namespace RouteGraph.Core.Graph;

/// <summary>
/// The properties of one record after checking against <see cref="GraphSchema"/>: every value
/// present has its schema type and every required one is present, so the typed getters cannot
/// fail on data. Rules spanning several properties report through <see cref="Report"/>.
/// </summary>
internal sealed class CheckedProperties(IReadOnlyDictionary<string, object?> values, Action<string, string> report)
{
    /// <summary>
    /// Checks raw properties against their specs: unknown names, wrong types, unknown enum values,
    /// missing required values. Reports each problem as (field, reason); null when any was found.
    /// </summary>
    public static CheckedProperties? Check(
        IReadOnlyList<PropertySpec> specs, IReadOnlyDictionary<string, object?> raw, Action<string, string> report)
    {
        var ok = true;
        foreach (var name in raw.Keys.Where(n => specs.All(s => s.Name != n)).Order(StringComparer.Ordinal))
        {
            report(name, $"unknown property '{name}' (allowed: {PropertyValues.Allowed(specs.Select(s => s.Name))})");
            ok = false;
        }

        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var spec in specs)
        {
            var (value, problem) = PropertyValues.Normalise(spec, raw.GetValueOrDefault(spec.Name));
            if (problem is not null)
            {
                report(spec.Name, problem);
                ok = false;
            }
            else if (value is not null)
            {
                values[spec.Name] = value;
            }
        }

        return ok ? new CheckedProperties(values, report) : null;
    }

    public bool HasProblems { get; private set; }

    /// <summary>Reports a problem of a rule that spans properties; the record is then left out.</summary>
    public void Report(string field, string reason)
    {
        HasProblems = true;
        report(field, reason);
    }

    public string? Text(string name) => values.GetValueOrDefault(name) as string;

    public string Required(string name) => Text(name) ?? throw Unchecked(name);

    public T? Enum<T>(string name) where T : struct, System.Enum => Text(name) is { } text ? System.Enum.Parse<T>(text) : null;

    public T RequiredEnum<T>(string name) where T : struct, System.Enum => Enum<T>(name) ?? throw Unchecked(name);

    public long? Int(string name) => values.GetValueOrDefault(name) as long?;

    public double? Float(string name) => values.GetValueOrDefault(name) as double?;

    public bool? Bool(string name) => values.GetValueOrDefault(name) as bool?;

    public bool RequiredBool(string name) => Bool(name) ?? throw Unchecked(name);

    public DateOnly? Date(string name) => values.GetValueOrDefault(name) as DateOnly?;

    public PartialDate? PartialDate(string name) => values.GetValueOrDefault(name) as PartialDate?;

    public IReadOnlyList<string> List(string name) => values.GetValueOrDefault(name) as string[] ?? [];

    /// <summary>A whole number that must fit an <see cref="int"/> (years, ranks).</summary>
    public int? SmallInt(string name)
    {
        if (Int(name) is not { } value)
            return null;
        if (value is >= int.MinValue and <= int.MaxValue)
            return (int)value;
        Report(name, $"'{name}' {value} is out of range");
        return null;
    }

    /// <summary>Checks that a later date (an end) is not before an earlier one (a start) when both are known.</summary>
    public void NotBefore(string later, string earlier)
    {
        if (Date(later) is { } end && Date(earlier) is { } start && end < start)
            Report(later, $"'{later}' {end:yyyy-MM-dd} is before '{earlier}' {start:yyyy-MM-dd}");
    }

    // A required value missing after Check means GraphSchema and the mapping disagree: a bug, not bad data.
    static InvalidOperationException Unchecked(string name) =>
        new($"Property '{name}' is used as required but GraphSchema does not mark it required.");
}
