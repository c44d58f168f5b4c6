using RouteGraph.Core.Model;

namespace RouteGraph.Core.Analytics;

/// <summary>One fact behind a coverage cell, the document it is taken from and, for the seed documents, the exact sentence.</summary>
public sealed record CoverageEvidence(EvidenceFact Fact, Partnership Partnership, Document Document, string? Quote, LifecycleEvent? Event = null);
