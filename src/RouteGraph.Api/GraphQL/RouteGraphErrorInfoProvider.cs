using global::GraphQL;
using global::GraphQL.Execution;
using global::GraphQL.Validation;
using global::GraphQL.Validation.Errors;
using RouteGraph.Api.Caching;
using RouteGraph.Api.GraphQL.Validation;

namespace RouteGraph.Api.GraphQL;

/// <summary>
/// Writes every error with one documented <c>extensions.code</c> (see <see cref="ErrorCodes"/>), plus
/// <c>limit</c>/<c>actual</c> for limit errors and the spec <c>rule</c> for validation errors. Never exception details.
/// </summary>
public sealed class RouteGraphErrorInfoProvider : ErrorInfoProvider
{
    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        var info = base.GetInfo(executionError);
        var extensions = new Dictionary<string, object?> { ["code"] = CodeOf(executionError) };
        switch (executionError)
        {
            case LimitExceededError limit:
                extensions["limit"] = limit.Limit;
                extensions["actual"] = limit.Actual;
                break;
            case ValidationError { Number: { Length: > 0 } number } when executionError.Code != ErrorCodes.BadArgument:
                extensions["rule"] = number;
                break;
        }

        return new ErrorInfo { Message = info.Message, Extensions = extensions };
    }

    public static string CodeOf(ExecutionError error) => error switch
    {
        { Code: { } code } when code.StartsWith("GRAPHQL_", StringComparison.Ordinal) || Ours(code) => code,
        SyntaxError => ErrorCodes.ParseFailed,
        // graphql-dotnet's own operation selection: no operation, several and no name, or no operation of that name
        InvalidOperationNameError or NoOperationError or NoOperationNameError => ErrorCodes.OperationNotFound,
        InvalidVariableError or ArgumentsOfCorrectTypeError or DefaultValuesOfCorrectTypeError => ErrorCodes.BadArgument,
        ValidationError => ErrorCodes.ValidationFailed,
        _ => ErrorCodes.InternalError,
    };

    static bool Ours(string code) => code is ErrorCodes.BadArgument or ErrorCodes.OperationNotFound or ErrorCodes.DocumentTooLarge
        or ErrorCodes.MaxFieldsExceeded or ErrorCodes.MaxDepthExceeded or ErrorCodes.MaxComplexityExceeded or ErrorCodes.MaxAliasesExceeded
        or ErrorCodes.BadRequest or ErrorCodes.UnsupportedMediaType or ErrorCodes.NotAcceptable or ErrorCodes.MethodNotAllowed
        or ErrorCodes.RequestTooLarge or ErrorCodes.GraphNotLoaded or ErrorCodes.InternalError
        or PersistedQueries.NotFoundCode or PersistedQueries.NotSupportedCode or PersistedQueries.HashMismatchCode;
}
