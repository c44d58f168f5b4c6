namespace RouteGraph.Api.Graph;

/// <summary>What a warm-up did: the operations of WarmUp.graphql, the rounds run (fewer than configured when the time was up), and how many operations answered with errors.</summary>
public sealed record WarmUpReport(int Operations, int Rounds, int Failures, TimeSpan Duration);
