namespace RouteGraph.Core.Model;

/// <summary>Value types a property can hold; the names follow Neo4j's bulk-import header types.</summary>
public enum PropertyType
{
    String,
    Int,
    Float,
    Boolean,
    Date,
    /// <summary>A <see cref="PartialDate"/>: yyyy, yyyy-MM or yyyy-MM-dd. A string in the CSV; in Neo4j the string plus its first and last day.</summary>
    PartialDate,
    StringArray,
}
