namespace RouteGraph.Neo4j.QueryApi;

/// <summary>What went wrong talking to Neo4j, in the terms an operator acts on.</summary>
public enum Neo4jErrorKind
{
    /// <summary>No connection: refused, DNS, TLS.</summary>
    Unreachable,
    /// <summary>No answer within the request timeout.</summary>
    Timeout,
    /// <summary>Wrong user or password (Neo.ClientError.Security.Unauthorized, HTTP 401).</summary>
    Unauthorized,
    /// <summary>Authenticated but not allowed (Neo.ClientError.Security.Forbidden, HTTP 403).</summary>
    Forbidden,
    /// <summary>The database named does not exist (Neo.ClientError.Database.DatabaseNotFound).</summary>
    DatabaseNotFound,
    /// <summary>A Neo.TransientError.*: trying again later may work.</summary>
    Transient,
    /// <summary>A Neo.ClientError.* other than the above: the request itself is wrong.</summary>
    Client,
    /// <summary>A Neo.DatabaseError.* or an HTTP error without a Neo4j code.</summary>
    Server,
    /// <summary>An answer that is not the Query API's (wrong port, proxy page, broken JSON).</summary>
    Protocol,
}

/// <summary>
/// A failure of the Neo4j transport. The message names the endpoint, the kind and Neo4j's own
/// code and message; it never holds a credential.
/// </summary>
public sealed class Neo4jException : Exception
{
    public Neo4jException(string endpoint, Neo4jErrorKind kind, string? code, string detail, Exception? inner = null)
        : base(Format(endpoint, kind, code, detail), inner)
    {
        Endpoint = endpoint;
        Kind = kind;
        Code = code;
        Detail = detail;
    }

    public string Endpoint { get; }

    public Neo4jErrorKind Kind { get; }

    /// <summary>Neo4j's status code, e.g. <c>Neo.ClientError.Security.Unauthorized</c>; null when there was none.</summary>
    public string? Code { get; }

    public string Detail { get; }

    /// <summary>True when a later attempt may succeed without anyone changing anything.</summary>
    public bool IsTransient => Kind is Neo4jErrorKind.Unreachable or Neo4jErrorKind.Timeout or Neo4jErrorKind.Transient;

    static string Format(string endpoint, Neo4jErrorKind kind, string? code, string detail)
    {
        var what = kind switch
        {
            Neo4jErrorKind.Unreachable => "unreachable",
            Neo4jErrorKind.Timeout => "timed out",
            Neo4jErrorKind.Unauthorized => "unauthorized (check the user and password)",
            Neo4jErrorKind.Forbidden => "forbidden (the user lacks a privilege)",
            Neo4jErrorKind.DatabaseNotFound => "database not found",
            Neo4jErrorKind.Transient => "transient error",
            Neo4jErrorKind.Client => "request refused",
            Neo4jErrorKind.Server => "server error",
            Neo4jErrorKind.Protocol => "unexpected answer (is this the Query API of Neo4j 5.19 or later?)",
            _ => kind.ToString(),
        };
        return code is null ? $"Neo4j at {endpoint}: {what}: {detail}" : $"Neo4j at {endpoint}: {what}: {code}: {detail}";
    }

    /// <summary>The kind a Neo4j status code stands for.</summary>
    public static Neo4jErrorKind KindOf(string code) => code switch
    {
        "Neo.ClientError.Security.Unauthorized" or "Neo.ClientError.Security.AuthenticationRateLimit" => Neo4jErrorKind.Unauthorized,
        "Neo.ClientError.Security.Forbidden" => Neo4jErrorKind.Forbidden,
        "Neo.ClientError.Database.DatabaseNotFound" => Neo4jErrorKind.DatabaseNotFound,
        _ when code.StartsWith("Neo.TransientError.", StringComparison.Ordinal) => Neo4jErrorKind.Transient,
        _ when code.StartsWith("Neo.ClientError.", StringComparison.Ordinal) => Neo4jErrorKind.Client,
        _ => Neo4jErrorKind.Server,
    };
}
