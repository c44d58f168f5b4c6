using global::GraphQL;
using global::GraphQL.Transport;
using global::GraphQL.Validation;
using RouteGraph.Api.Caching;
using RouteGraph.Api.GraphQL.Validation;
using RouteGraph.Core.Graph;

namespace RouteGraph.Api.GraphQL;

/// <summary>
/// Executes a parsed document against one graph snapshot on one day: the one way the API runs GraphQL, for requests
/// (<see cref="Http.GraphQLHttpMiddleware"/>) and for the warm-up (<see cref="Graph.GraphWarmUp"/>).
/// <para>
/// Validation runs in full once per (document, operation, HTTP method): the HTTP method's rule, the cheap limits (they
/// throw before the spec's rules walk the document), the spec's rules, then the cost. The schema and the limits are
/// fixed for the life of the process, so an operation that passed passes again; when it is asked again only the cost runs,
/// and only when the operation has variables (a <c>first: $n</c> changes it). Variable values are always checked.
/// </para>
/// </summary>
public sealed partial class GraphQLRunner(
    IDocumentExecuter<RouteGraphSchema> executer,
    DocumentLimitsRule limits,
    CostRule cost,
    ILogger<GraphQLRunner> logger)
{
    readonly IValidationRule[] _fullForGet = [OperationTypeRule.ForGet, limits, .. DocumentValidator.CoreRules, cost];
    readonly IValidationRule[] _fullForPost = [OperationTypeRule.ForPost, limits, .. DocumentValidator.CoreRules, cost];
    readonly IValidationRule[] _costOnly = [cost];

    /// <summary>The result and the context its resolvers wrote to (whether the answer may be cached).</summary>
    public async Task<(ExecutionResult Result, GraphUserContext Context)> RunAsync(GraphQLRequest request, ParsedDocument parsed, PolicyGraph graph,
        DateOnly today, bool isGet, IServiceProvider requestServices, CancellationToken cancellationToken)
    {
        var validated = parsed.IsValidated(request.OperationName, isGet);
        IValidationRule[] rules = !validated ? (isGet ? _fullForGet : _fullForPost)
            : parsed.Operation(request.OperationName)?.Variables is { Count: > 0 } ? _costOnly
            : [];
        var userContext = new GraphUserContext(graph, today);
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            Document = parsed.Document,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            UserContext = userContext,
            RequestServices = requestServices,
            CancellationToken = cancellationToken,
            ValidationRules = rules,
            ThrowOnUnhandledException = false,
            UnhandledExceptionDelegate = context =>
            {
                LogResolverFault(context.OriginalException, context.FieldContext?.FieldDefinition.Name ?? "(document)");
                context.Exception = new ExecutionError("Internal error while answering this field; the server log has the details.")
                { Code = ErrorCodes.InternalError };
                return Task.CompletedTask;
            },
        });

        if (!validated && result.Executed)
            parsed.MarkValidated(request.OperationName, isGet);
        return (result, userContext);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Resolver of field {Field} failed")]
    partial void LogResolverFault(Exception exception, string field);
}
