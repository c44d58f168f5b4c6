namespace RouteGraph.Api.Http;

/// <summary>How a request ended, for logs and metrics.</summary>
public enum GraphQLOutcome
{
    /// <summary>Executed with no error.</summary>
    Ok,

    /// <summary>Executed; some fields gave errors.</summary>
    Errors,

    /// <summary>Refused before execution: bad HTTP, parse or validation error, a limit.</summary>
    Rejected,
}
