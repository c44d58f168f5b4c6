using global::GraphQL;

namespace RouteGraph.Api.Http;

/// <summary>The media type a GraphQL answer is written in; it decides the status codes (GraphQL-over-HTTP).</summary>
public enum ResponseMediaType
{
    /// <summary><c>application/graphql-response+json</c>: 4xx when the request failed before execution.</summary>
    GraphQLResponseJson,

    /// <summary><c>application/json</c> (legacy): 200 for every well-formed request, errors or not.</summary>
    Json,
}

/// <summary>A well-formed GraphQL-over-HTTP request, read from a GET query string or a POST body.</summary>
public sealed record GraphQLHttpRequest(
    string Query,
    string? OperationName,
    Inputs? Variables,
    Inputs? Extensions,
    bool IsGet,
    ResponseMediaType MediaType);

/// <summary>How a request ended, for logs and metrics.</summary>
public enum GraphQLOutcome
{
    /// <summary>Executed with no error.</summary>
    Ok,

    /// <summary>Executed; some fields gave errors.</summary>
    Errors,

    /// <summary>Refused before execution: bad HTTP, parse or validation error, a limit.</summary>
    Rejected,
}

/// <summary>A finished answer: status, media type and the serialised body, ready to write or to cache.</summary>
public sealed record GraphQLHttpResult(
    int StatusCode,
    string ContentType,
    byte[] Body,
    GraphQLOutcome Outcome,
    string? OperationName,
    IReadOnlyDictionary<string, string>? Headers = null,
    bool Cacheable = true);

public static class MediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    public static string ContentType(ResponseMediaType mediaType) => mediaType switch
    {
        ResponseMediaType.Json => Json + "; charset=utf-8",
        _ => GraphQLResponse + "; charset=utf-8",
    };
}
