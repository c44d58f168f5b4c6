namespace RouteGraph.Api.GraphQL;

/// <summary>The <c>extensions.code</c> values this API gives its errors (documented in docs/graphql.md).</summary>
public static class ErrorCodes
{
    /// <summary>The document is not valid GraphQL syntax.</summary>
    public const string ParseFailed = "GRAPHQL_PARSE_FAILED";

    /// <summary>The document does not fit the schema (unknown field, missing argument...).</summary>
    public const string ValidationFailed = "GRAPHQL_VALIDATION_FAILED";

    /// <summary>operationName names no operation of the document, or several operations and no name.</summary>
    public const string OperationNotFound = "OPERATION_NOT_FOUND";

    /// <summary>An argument or variable value cannot be used: a malformed date, a negative first, a bad cursor.</summary>
    public const string BadArgument = "BAD_ARGUMENT";

    public const string DocumentTooLarge = "DOCUMENT_TOO_LARGE";
    public const string MaxFieldsExceeded = "MAX_FIELDS_EXCEEDED";
    public const string MaxDepthExceeded = "MAX_DEPTH_EXCEEDED";
    public const string MaxComplexityExceeded = "MAX_COMPLEXITY_EXCEEDED";
    public const string MaxAliasesExceeded = "MAX_ALIASES_EXCEEDED";

    /// <summary>The HTTP request is not a GraphQL request: malformed JSON, no query, a bad parameter.</summary>
    public const string BadRequest = "BAD_REQUEST";
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";
    public const string NotAcceptable = "NOT_ACCEPTABLE";
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";
    public const string RequestTooLarge = "REQUEST_TOO_LARGE";

    /// <summary>The API has no graph to serve yet (503); /health/ready says why.</summary>
    public const string GraphNotLoaded = "GRAPH_NOT_LOADED";

    /// <summary>A fault of the server; the details are in its log, never in the answer.</summary>
    public const string InternalError = "INTERNAL_ERROR";
}
