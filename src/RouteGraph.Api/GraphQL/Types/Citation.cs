using RouteGraph.Core.Model;

namespace RouteGraph.Api.GraphQL.Types;

/// <summary>A node taken from a document, with the quoted sentence.</summary>
public sealed record Citation(PolicyNode Node, string? Quote);
