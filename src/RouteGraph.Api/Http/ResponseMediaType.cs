namespace RouteGraph.Api.Http;

/// <summary>The media type a GraphQL answer is written in; it decides the status codes (GraphQL-over-HTTP).</summary>
public enum ResponseMediaType
{
    /// <summary><c>application/graphql-response+json</c>: 4xx when the request failed before execution.</summary>
    GraphQLResponseJson,

    /// <summary><c>application/json</c> (legacy): 200 for every well-formed request, errors or not.</summary>
    Json,
}
