using System.Collections.Immutable;
using global::GraphQL;
using global::GraphQL.Builders;
using global::GraphQL.Types;
using RouteGraph.Core.Graph;
using RouteGraph.Core.Model;

namespace RouteGraph.Api.GraphQL.Types;

/// <summary>A node taken from a document, with the quoted sentence.</summary>
public sealed record Citation(PolicyNode Node, string? Quote);
