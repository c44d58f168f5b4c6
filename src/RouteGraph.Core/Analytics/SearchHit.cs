using RouteGraph.Core.Model;

namespace RouteGraph.Core.Analytics;

/// <summary>A node found by search, the text it matched and how well.</summary>
public sealed record SearchHit(PolicyNode Node, string MatchedText, double Score);
