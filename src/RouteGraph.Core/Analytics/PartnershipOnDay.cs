using RouteGraph.Core.Model;

namespace RouteGraph.Core.Analytics;

/// <summary>A partnership and its status on the day a question is about.</summary>
public sealed record PartnershipOnDay(Partnership Partnership, LifecycleStatus Status);
