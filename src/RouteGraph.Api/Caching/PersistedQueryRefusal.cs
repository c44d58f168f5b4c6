namespace RouteGraph.Api.Caching;

/// <summary>Why a persisted-query request is answered with an error instead of being executed; NoStore keeps caches from keeping it.</summary>
public sealed record PersistedQueryRefusal(int StatusCode, string Code, string Message, bool NoStore = false);
