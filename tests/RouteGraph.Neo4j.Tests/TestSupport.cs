using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using RouteGraph.Core.Seed;
using RouteGraph.Neo4j.QueryApi;
using RouteGraph.Neo4j.Tests.Fakes;

namespace RouteGraph.Neo4j.Tests;

static class TestSupport
{
    public const string User = "neo4j";

    /// <summary>A password that must never appear in any output, log or exception message.</summary>
    public const string Password = "pa55-Wd-never-printed-7Q";

    static readonly Lazy<SeedRecords> BundledSeed = new(() => SeedLoader.Read(SeedLoader.DefaultDirectory()));

    /// <summary>The bundled graph-seed, read once.</summary>
    public static SeedRecords Seed => BundledSeed.Value;

    public static Neo4jOptions Options(FakeNeo4j fake, int maxRetries = 2, TimeSpan? timeout = null) => new()
    {
        Uri = fake.Uri,
        Database = "neo4j",
        User = User,
        Password = Password,
        MaxRetries = maxRetries,
        RetryDelay = TimeSpan.FromMilliseconds(5),
        RequestTimeout = timeout ?? TimeSpan.FromSeconds(20),
    };

    public static Neo4jQueryApiClient Client(FakeNeo4j fake, int maxRetries = 2, TimeSpan? timeout = null, ILoggerFactory? logs = null) =>
        Neo4jQueryApiClient.Create(Options(fake, maxRetries, timeout), logs);

    public static void AssertNoSecret(string text)
    {
        Assert.DoesNotContain(Password, text, StringComparison.Ordinal);
        Assert.DoesNotContain(Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{User}:{Password}")), text, StringComparison.Ordinal);
    }
}

/// <summary>Collects every log line at every level, to check what is (and is not) logged.</summary>
sealed class CollectingLoggerProvider : ILoggerProvider
{
    public ConcurrentQueue<string> Lines { get; } = new();

    public string All => string.Join("\n", Lines);

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    sealed class Logger(CollectingLoggerProvider owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner.Lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception}");
    }

    public ILoggerFactory Factory() => LoggerFactory.Create(b => b.AddProvider(this).SetMinimumLevel(LogLevel.Trace));
}
