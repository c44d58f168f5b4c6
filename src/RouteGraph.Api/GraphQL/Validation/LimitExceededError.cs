using global::GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;

namespace RouteGraph.Api.GraphQL.Validation;

/// <summary>A document refused for exceeding one of the configured limits, before it executes; carries the limit and the actual value.</summary>
public sealed class LimitExceededError : ValidationError
{
    public LimitExceededError(ROM source, string code, string message, double limit, double actual, params ASTNode[] nodes)
        : base(source, null, message, nodes)
    {
        Code = code;
        Limit = limit;
        Actual = actual;
    }

    public double Limit { get; }

    public double Actual { get; }
}
