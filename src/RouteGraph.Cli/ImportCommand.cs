using System.CommandLine;
using Microsoft.Extensions.Logging;
using RouteGraph.Neo4j;
using RouteGraph.Neo4j.Import;
using RouteGraph.Neo4j.QueryApi;

namespace RouteGraph.Cli;

/// <summary>
/// <c>routegraph import --neo4j &lt;uri&gt; --database &lt;name&gt; [--user u --password p] [--prune] [dir]</c>:
/// validates a graph-seed folder, then writes it into Neo4j over the HTTP Query API (schema, then all
/// data in one transaction). Exit codes: 0 imported, 1 bad seed data or arguments, 2 Neo4j failed.
/// The password (option or NEO4J_PASSWORD) is never printed.
/// </summary>
static class ImportCommand
{
    public const int BadData = 1;
    public const int Neo4jFailed = 2;

    public static Command Create()
    {
        var dir = SeedFolder.Argument();
        var uri = new Option<string>("--neo4j")
        {
            Description = "The Neo4j server: http(s)://host:7474 (the Query API), or neo4j://, neo4j+s:// (Aura), bolt:// URIs.",
            Required = true,
        };
        var database = new Option<string>("--database") { Description = "The database to import into.", DefaultValueFactory = _ => "neo4j" };
        var user = new Option<string?>("--user") { Description = "The Neo4j user (default: NEO4J_USER, else neo4j when a password is given)." };
        var password = new Option<string?>("--password") { Description = "The Neo4j password (default: NEO4J_PASSWORD). Never printed." };
        var prune = new Option<bool>("--prune") { Description = "Also delete the model's nodes and relationships the seed no longer holds." };
        var batchSize = new Option<int>("--batch-size") { Description = "Rows per UNWIND batch.", DefaultValueFactory = _ => 500 };
        var timeout = new Option<int>("--timeout") { Description = "Seconds one request may take.", DefaultValueFactory = _ => 60 };

        var command = new Command(
            "import",
            "Validate a graph-seed folder and import it into Neo4j: constraints and indexes, then every node and "
            + "relationship (UNWIND ... MERGE in batches, one transaction), then the GraphMeta version. Idempotent.")
        {
            dir, uri, database, user, password, prune, batchSize, timeout,
        };

        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            if (SeedFolder.Resolve(parseResult.GetValue(dir), "import", error) is not { } directory)
                return BadData;

            Neo4jOptions options;
            try
            {
                options = Options(parseResult.GetValue(uri)!, parseResult.GetValue(database)!, parseResult.GetValue(user),
                    parseResult.GetValue(password), TimeSpan.FromSeconds(Math.Max(1, parseResult.GetValue(timeout))));
            }
            catch (ArgumentException e)
            {
                error.WriteLine(e.Message);
                return BadData;
            }

            var batch = parseResult.GetValue(batchSize);
            if (batch < 1)
            {
                error.WriteLine("--batch-size must be 1 or more.");
                return BadData;
            }

            return await Run(directory, options, new ImportOptions(parseResult.GetValue(prune), batch), output, error, cancellationToken);
        });
        return command;
    }

    static Neo4jOptions Options(string uriText, string database, string? user, string? password, TimeSpan timeout)
    {
        if (!Uri.TryCreate(uriText, UriKind.Absolute, out var uri))
            throw new ArgumentException($"--neo4j '{uriText}' is not an absolute URI (e.g. http://localhost:7474).");
        if (!string.IsNullOrEmpty(uri.UserInfo))
            throw new ArgumentException("--neo4j holds credentials; pass --user and --password (or NEO4J_USER / NEO4J_PASSWORD) instead.");
        password = NonEmpty(password) ?? NonEmpty(Environment.GetEnvironmentVariable("NEO4J_PASSWORD"));
        user = NonEmpty(user) ?? NonEmpty(Environment.GetEnvironmentVariable("NEO4J_USER")) ?? (password is null ? null : "neo4j");
        var options = new Neo4jOptions { Uri = uri, Database = database, User = user, Password = password, RequestTimeout = timeout };
        _ = options.HttpBase; // an unsupported scheme fails here, as an argument error
        return options;
    }

    static string? NonEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;

    static async Task<int> Run(string directory, Neo4jOptions options, ImportOptions importOptions, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        // Refuse bad data before touching Neo4j: the same checks as `routegraph validate`.
        if (SeedFolder.ReadChecked(directory, "nothing imported", error) is not { Records: var seed })
            return BadData;

        output.WriteLine($"Seed {directory}: {seed.Nodes.Count} nodes, {seed.Relationships.Count} relationships, version {seed.Version}.");
        output.WriteLine($"Importing into {options}...");
        using var loggerFactory = LoggerFactory.Create(b => b.AddProvider(new StderrLoggerProvider(error)).SetMinimumLevel(LogLevel.Warning));
        using var client = Neo4jQueryApiClient.Create(options, loggerFactory);
        var importer = new Neo4jImporter(client, loggerFactory.CreateLogger<Neo4jImporter>());
        try
        {
            var summary = await importer.ImportAsync(seed.Version, seed.Nodes, seed.Relationships, importOptions, cancellationToken);
            output.Write(ImportReport.Format(summary, client.Endpoint));
            return 0;
        }
        catch (Neo4jException e)
        {
            error.WriteLine($"Import failed, nothing committed: {e.Message}");
            if (e.IsTransient)
                error.WriteLine("This looks temporary; the import is idempotent, so run it again.");
            return Neo4jFailed;
        }
    }
}

/// <summary>RouteGraph's own warnings (retries, rollbacks) to standard error, one line each; Polly's telemetry is left out.</summary>
sealed class StderrLoggerProvider(TextWriter error) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) =>
        categoryName.StartsWith("RouteGraph.", StringComparison.Ordinal) ? new Logger(error) : Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

    public void Dispose()
    {
    }

    sealed class Logger(TextWriter error) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
                error.WriteLine($"{logLevel.ToString().ToLowerInvariant()}: {formatter(state, exception)}");
        }
    }
}
