using global::GraphQL.Types;

namespace RouteGraph.Api.GraphQL.Types;

/// <summary>The <c>Date</c> scalar: a calendar day, ISO 8601 <c>yyyy-MM-dd</c> (graphql-dotnet's DateOnly scalar, renamed).</summary>
public sealed class IsoDateGraphType : DateOnlyGraphType
{
    public IsoDateGraphType()
    {
        Name = "Date";
        Description = "A calendar day in ISO 8601 form, yyyy-MM-dd (for example 2023-07-16). No time, no time zone.";
    }
}
