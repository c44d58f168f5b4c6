using RouteGraph.Core.Model;

namespace RouteGraph.Core.Analytics;

/// <summary>A scenario's partnership and its status on the day asked about.</summary>
public sealed record HypotheticalOnDay(HypotheticalPartnership Partnership, LifecycleStatus Status);
