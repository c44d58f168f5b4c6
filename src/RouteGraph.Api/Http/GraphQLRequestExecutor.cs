using global::GraphQL;
using global::GraphQL.Execution;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.Extensions.Options;
using RouteGraph.Api.GraphQL;
using RouteGraph.Core.Graph;

namespace RouteGraph.Api.Http;

/// <summary>
/// Runs one GraphQL request against one graph snapshot and returns the serialised answer. The one
/// seam for a response cache: same graph version + same request ⇒ same bytes.
/// </summary>
public interface IGraphQLRequestExecutor
{
    Task<GraphQLHttpResult> ExecuteAsync(GraphQLHttpRequest request, PolicyGraph graph, CancellationToken cancellationToken);
}

public sealed partial class GraphQLRequestExecutor(
    IDocumentExecuter<RouteGraphSchema> executer,
    IGraphQLTextSerializer serializer,
    IServiceProvider services,
    IOptions<RouteGraphOptions> options,
    TimeProvider clock,
    ILogger<GraphQLRequestExecutor> logger) : IGraphQLRequestExecutor
{
    /// <summary>How deep the parser may recurse (AST nodes); deeper documents are refused, never a stack overflow.</summary>
    const int ParserMaxDepth = 128;

    /// <summary>How every document is parsed here and by the response cache's normaliser (same depth guard, comments dropped).</summary>
    internal static GraphQLParser.ParserOptions ParserOptions => new() { Ignore = GraphQLParser.IgnoreOptions.Comments, MaxDepth = ParserMaxDepth };

    public async Task<GraphQLHttpResult> ExecuteAsync(GraphQLHttpRequest request, PolicyGraph graph, CancellationToken cancellationToken)
    {
        var limits = options.Value.Limits;
        if (request.Query.Length > limits.MaxDocumentLength)
            return await RejectAsync(request, null, new ExecutionError(
                $"The document is {request.Query.Length} characters long; at most {limits.MaxDocumentLength} are allowed.")
            { Code = ErrorCodes.DocumentTooLarge });

        GraphQLDocument document;
        try
        {
            document = GraphQLParser.Parser.Parse(request.Query, ParserOptions);
        }
        catch (GraphQLMaxDepthExceededException)
        {
            return await RejectAsync(request, null, new ExecutionError("The document nests too deeply to read.") { Code = ErrorCodes.MaxDepthExceeded });
        }
        catch (GraphQLSyntaxErrorException ex)
        {
            return await RejectAsync(request, null, new SyntaxError(ex) { Code = ErrorCodes.ParseFailed });
        }

        var operation = SelectOperation(document, request.OperationName, out var problem);
        if (operation is null)
            return await RejectAsync(request, null, new ExecutionError(problem!) { Code = ErrorCodes.OperationNotFound });
        var operationName = operation.Name?.StringValue ?? request.OperationName;

        if (request.IsGet && operation.Operation != OperationType.Query)
        {
            var refused = await RejectAsync(request, operationName, new ExecutionError(
                $"A {operation.Operation.ToString().ToLowerInvariant()} cannot be sent with GET; use POST.")
            { Code = ErrorCodes.MethodNotAllowed });
            return refused with { StatusCode = StatusCodes.Status405MethodNotAllowed, Headers = new Dictionary<string, string> { ["Allow"] = "POST" } };
        }

        if (operation.Operation != OperationType.Query)
            return await RejectAsync(request, operationName, new ExecutionError(
                $"This API is read-only: its schema has no {operation.Operation.ToString().ToLowerInvariant()} type.")
            { Code = ErrorCodes.ValidationFailed });

        var userContext = new GraphUserContext(graph, Today(clock));
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            Document = document,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            UserContext = userContext,
            RequestServices = services,
            CancellationToken = cancellationToken,
            ThrowOnUnhandledException = false,
            UnhandledExceptionDelegate = context =>
            {
                LogResolverFault(context.OriginalException, context.FieldContext?.FieldDefinition.Name ?? "(document)");
                context.Exception = new ExecutionError("Internal error while answering this field; the server log has the details.")
                { Code = ErrorCodes.InternalError };
                return Task.CompletedTask;
            },
        });

        var outcome = !result.Executed ? GraphQLOutcome.Rejected
            : result.Errors is { Count: > 0 } ? GraphQLOutcome.Errors
            : GraphQLOutcome.Ok;
        return new GraphQLHttpResult(StatusFor(request.MediaType, result.Executed), MediaTypes.ContentType(request.MediaType),
            await SerializeAsync(result, cancellationToken), outcome, operationName, Cacheable: userContext.Cacheable);
    }

    /// <summary>The day questions without a day are about: today in UTC, by the injected clock.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>The operation to run: the named one, or the only one.</summary>
    static GraphQLOperationDefinition? SelectOperation(GraphQLDocument document, string? name, out string? problem)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        problem = null;
        if (!string.IsNullOrEmpty(name))
        {
            var named = operations.FirstOrDefault(o => o.Name?.StringValue == name);
            if (named is null)
                problem = $"The document has no operation named '{name}'.";
            return named;
        }

        if (operations.Count == 1)
            return operations[0];
        problem = operations.Count == 0
            ? "The document has no operation to execute."
            : "The document has several operations; name the one to run with operationName.";
        return null;
    }

    /// <summary>application/graphql-response+json: 400 when nothing executed; application/json: always 200.</summary>
    static int StatusFor(ResponseMediaType mediaType, bool executed) =>
        mediaType == ResponseMediaType.Json || executed ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest;

    async Task<GraphQLHttpResult> RejectAsync(GraphQLHttpRequest request, string? operationName, ExecutionError error)
    {
        var result = new ExecutionResult { Errors = [error], Executed = false };
        return new GraphQLHttpResult(StatusFor(request.MediaType, executed: false), MediaTypes.ContentType(request.MediaType),
            await SerializeAsync(result, CancellationToken.None), GraphQLOutcome.Rejected, operationName ?? request.OperationName);
    }

    async Task<byte[]> SerializeAsync(ExecutionResult result, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await serializer.WriteAsync(buffer, result, cancellationToken);
        return buffer.ToArray();
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Resolver of field {Field} failed")]
    partial void LogResolverFault(Exception exception, string field);
}
