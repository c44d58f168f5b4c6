using global::GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;

namespace RouteGraph.Api.GraphQL.Validation;

/// <summary>An operation the HTTP method may not carry (a mutation over GET); the endpoint answers 405 with <c>Allow: POST</c>.</summary>
public sealed class HttpMethodError : ValidationError
{
    public HttpMethodError(ROM source, string message, ASTNode node) : base(source, null, message, node) => Code = ErrorCodes.MethodNotAllowed;
}
