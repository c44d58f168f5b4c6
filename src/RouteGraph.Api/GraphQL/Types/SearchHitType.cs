using global::GraphQL.Types;
using RouteGraph.Core.Analytics;

namespace RouteGraph.Api.GraphQL.Types;

public sealed class SearchHitType : ObjectGraphType<SearchHit>
{
    public SearchHitType()
    {
        Name = "SearchHit";
        Description = "A node whose names, titles or aliases match a search.";
        Field<NonNullGraphType<NodeInterface>>("node").Description("The node found.").Resolve(c => c.Source.Node);
        Field<NonNullGraphType<NodeLabelEnum>>("label").Description("What kind of node it is.").Resolve(c => c.Source.Node.Label);
        Field<NonNullGraphType<StringGraphType>>("name").Description("The node's English name or title.").Resolve(c => c.Source.Node.DisplayName);
        Field<NonNullGraphType<StringGraphType>>("matchedText").Description("The name, title or alias that matched.").Resolve(c => c.Source.MatchedText);
        Field<NonNullGraphType<FloatGraphType>>("score").Description("How well it matched; higher is better.").Resolve(c => c.Source.Score);
    }
}
