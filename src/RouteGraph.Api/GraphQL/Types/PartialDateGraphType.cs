using global::GraphQL.Types;
using GraphQLParser.AST;
using RouteGraph.Core.Model;

namespace RouteGraph.Api.GraphQL.Types;

/// <summary>The <c>PartialDate</c> scalar: a date known to a year, a month or a day, printed as the source gives it.</summary>
public sealed class PartialDateGraphType : ScalarGraphType
{
    public PartialDateGraphType()
    {
        Name = "PartialDate";
        Description = "A date known to a year, a month or a day, ISO 8601: 2006, 2006-07 or 2006-07-10. "
            + "Never completed into a day the source does not give; fields beside it give its precision and first and last day.";
    }

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLStringValue text => ParseValue((string)text.Value),
        GraphQLNullValue => null,
        _ => ThrowLiteralConversionError(value),
    };

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        PartialDate date => date,
        string text => PartialDate.TryParse(text, out var date, out var problem) ? date : throw new FormatException(problem),
        _ => ThrowValueConversionError(value),
    };

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        PartialDate date => date.ToString(),
        _ => ThrowSerializationError(value),
    };
}
