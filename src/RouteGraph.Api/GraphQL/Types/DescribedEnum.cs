using global::GraphQL.Types;

namespace RouteGraph.Api.GraphQL.Types;

/// <summary>An enum type whose values carry the descriptions analysts read in the IDE.</summary>
public abstract class DescribedEnum<TEnum> : EnumerationGraphType<TEnum> where TEnum : struct, Enum
{
    protected DescribedEnum(string name, string description, IReadOnlyDictionary<TEnum, string> values)
    {
        Name = name;
        Description = description;
        foreach (var value in Values)
            value.Description = values.TryGetValue((TEnum)value.Value!, out var text)
                ? text
                : throw new InvalidOperationException($"{name}.{value.Name} has no description.");
    }
}
