namespace RouteGraph.Core.Model;

/// <summary>
/// One property of a label or relationship type. <paramref name="Values"/> lists the allowed
/// values of an enumerated string property (null when any string is allowed).
/// </summary>
public sealed record PropertySpec(string Name, PropertyType Type, bool Required = false, IReadOnlyList<string>? Values = null)
{
    /// <summary>The column header in the bulk-import CSV format, e.g. <c>signedOn:date</c>.</summary>
    public string CsvHeader => Type switch
    {
        PropertyType.String => Name,
        PropertyType.Int => $"{Name}:int",
        PropertyType.Float => $"{Name}:float",
        PropertyType.Boolean => $"{Name}:boolean",
        PropertyType.Date => $"{Name}:date",
        PropertyType.PartialDate => Name, // neo4j-admin's :date takes whole days only; the bounds are added on import
        PropertyType.StringArray => $"{Name}:string[]",
        _ => throw new ArgumentOutOfRangeException(nameof(Type)),
    };
}
