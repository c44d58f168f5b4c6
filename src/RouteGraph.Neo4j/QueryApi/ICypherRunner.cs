using RouteGraph.Neo4j.Cypher;

namespace RouteGraph.Neo4j.QueryApi;

/// <summary>
/// The one seam between RouteGraph and a Neo4j transport. The HTTP Query API implements it
/// (<see cref="Neo4jQueryApiClient"/>); a Bolt transport would be one more class behind it.
/// Only <see cref="CypherStatement"/>s from <see cref="CypherStatements"/> can be run, and every
/// value travels in <paramref name="parameters"/>, never in the statement text.
/// </summary>
public interface ICypherRunner
{
    /// <summary>The database this runner talks to, for messages and logs (never credentials).</summary>
    string Endpoint { get; }

    /// <summary>Runs one statement in its own (implicit) transaction; transient failures are retried.</summary>
    Task<CypherResult> RunAsync(CypherStatement statement, IReadOnlyDictionary<string, object?>? parameters, CancellationToken cancellationToken);

    /// <summary>Opens an explicit transaction: all or nothing.</summary>
    Task<ICypherTransaction> BeginTransactionAsync(CancellationToken cancellationToken);
}

/// <summary>
/// An explicit transaction. Statements inside it are never retried one by one (a retried write
/// could apply twice or land in a transaction the server already rolled back); on any failure the
/// caller rolls back and, if it wants, runs the whole unit again.
/// </summary>
public interface ICypherTransaction : IAsyncDisposable
{
    Task<CypherResult> RunAsync(CypherStatement statement, IReadOnlyDictionary<string, object?>? parameters, CancellationToken cancellationToken);

    /// <summary>Commits; returns the bookmarks the server gave for the committed work.</summary>
    Task<IReadOnlyList<string>> CommitAsync(CancellationToken cancellationToken);

    Task RollbackAsync(CancellationToken cancellationToken);
}
