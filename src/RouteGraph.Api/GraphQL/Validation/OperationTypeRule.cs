using global::GraphQL.Validation;
using GraphQLParser.AST;

namespace RouteGraph.Api.GraphQL.Validation;

/// <summary>
/// The API is read-only: only queries run. Over GET this is also GraphQL-over-HTTP's rule (GET must not change anything),
/// refused with <see cref="HttpMethodError"/> (405, <c>Allow: POST</c>); over POST it is a validation error. The error is
/// thrown, not reported, so validation stops here before the expensive rules run.
/// </summary>
public sealed class OperationTypeRule : ValidationRuleBase
{
    public static readonly OperationTypeRule ForGet = new(viaGet: true);
    public static readonly OperationTypeRule ForPost = new(viaGet: false);

    readonly bool _viaGet;

    OperationTypeRule(bool viaGet) => _viaGet = viaGet;

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var operation = context.Operation;
        if (operation.Operation == OperationType.Query)
            return default;
        var kind = operation.Operation.ToString().ToLowerInvariant();
        throw _viaGet
            ? new HttpMethodError(context.Document.Source, $"A {kind} cannot be sent with GET; use POST.", operation)
            : new ValidationError(context.Document.Source, null, $"This API is read-only: its schema has no {kind} type.", operation)
            { Code = ErrorCodes.ValidationFailed };
    }
}
