using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace RouteGraph.Api.Http;

public static class MediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    public static string ContentType(ResponseMediaType mediaType) => mediaType switch
    {
        ResponseMediaType.Json => Json + "; charset=utf-8",
        _ => GraphQLResponse + "; charset=utf-8",
    };

    /// <summary>
    /// Picks the response media type from Accept (quality values honoured; on a tie the GraphQL media type wins).
    /// No Accept header, or only wildcards: application/graphql-response+json. Null when nothing acceptable.
    /// </summary>
    public static ResponseMediaType? Negotiate(StringValues accept)
    {
        if (StringValues.IsNullOrEmpty(accept) || !MediaTypeHeaderValue.TryParseList(accept, out var ranges))
            return ResponseMediaType.GraphQLResponseJson;

        double Quality(string mediaType)
        {
            var best = -1.0;
            var specificity = -1;
            foreach (var range in ranges)
            {
                var type = range.MediaType.Value ?? "";
                var s = type == "*/*" ? 0
                    : type.Equals("application/*", StringComparison.OrdinalIgnoreCase) ? 1
                    : type.Equals(mediaType, StringComparison.OrdinalIgnoreCase) ? 2 : -1;
                if (s > specificity)
                {
                    specificity = s;
                    best = range.Quality ?? 1.0;
                }
            }

            return best;
        }

        var graphQL = Quality(GraphQLResponse);
        var json = Quality(Json);
        if (graphQL <= 0 && json <= 0)
            return null;
        return graphQL >= json ? ResponseMediaType.GraphQLResponseJson : ResponseMediaType.Json;
    }
}
