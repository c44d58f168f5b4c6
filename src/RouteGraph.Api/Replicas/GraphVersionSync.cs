using System.Threading.Channels;
using Microsoft.Extensions.Options;
using RouteGraph.Api.Caching;
using RouteGraph.Api.Graph;
using RouteGraph.Api.Metrics;
using StackExchange.Redis;

namespace RouteGraph.Api.Replicas;

/// <summary>
/// Keeps API replicas on one graph version through Redis (protocol in docs/caching.md):
/// <list type="bullet">
/// <item>A replica that <b>reloads</b> to a new version stores it under <c>routegraph:graph-version</c> and, when Redis held
/// another, announces it on <c>routegraph:graph-changed</c>.</item>
/// <item>Every other replica, told of a version it does not serve, asks its own graph source and reloads when that
/// holds something new. Reloading stores a version Redis already holds, so nothing is announced again: no ping-pong.</item>
/// <item>A replica <b>catches up</b> from the stored version at start, on every reconnection and every
/// <see cref="ReplicaOptions.CheckInterval"/>. Its first load, or a version it loaded while Redis was away, is announced
/// only if, after asking its source, it still differs from the stored one — so a replica whose load was overtaken by
/// another replica's newer one does not overwrite it.</item>
/// </list>
/// All Redis work runs one item at a time on a queue, never on a request.
/// </summary>
public sealed partial class GraphVersionSync(
    RedisConnection redis,
    CurrentGraph current,
    GraphReloader reloader,
    IOptions<ReplicaOptions> options,
    TimeProvider clock,
    ApiMetrics metrics,
    ILogger<GraphVersionSync> logger) : BackgroundService
{
    enum WorkKind { Announce, CatchUp, Reload }

    sealed record Work(WorkKind Kind, string? Version = null);

    readonly Channel<Work> _work = Channel.CreateUnbounded<Work>(new UnboundedChannelOptions { SingleReader = true });
    volatile bool _subscribed;
    volatile bool _firstLoadSeen;

    /// <summary>This replica serves a version that Redis may not know yet (its first load, or one loaded while Redis was away).</summary>
    volatile bool _unannounced;

    /// <summary>Who this replica is in announcements (host, process, a random part for several processes per host).</summary>
    public string ReplicaId { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..8]}";

    public string? LastAnnounced { get; private set; }

    public string? LastHeard { get; private set; }

    string VersionKey => redis.KeyPrefix + "graph-version";

    RedisChannel ChangedChannel => RedisChannel.Literal(redis.KeyPrefix + "graph-changed");

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!redis.IsConfigured)
            return;

        current.Changed += OnGraphChanged;
        redis.Connected += OnRedisConnected;
        try
        {
            if (current.Version is not null)
                (_firstLoadSeen, _unannounced) = (true, true); // loaded before this service listened
            _work.Writer.TryWrite(new Work(WorkKind.CatchUp));
            _ = TickAsync(stoppingToken);

            await foreach (var work in _work.Reader.ReadAllAsync(stoppingToken))
            {
                try
                {
                    await DoAsync(work, stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    if (work.Kind == WorkKind.Announce)
                        _unannounced = true;
                    redis.ReportFailure(ex, $"replica sync ({work.Kind})");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            current.Changed -= OnGraphChanged;
            redis.Connected -= OnRedisConnected;
        }
    }

    async Task TickAsync(CancellationToken stoppingToken)
    {
        try
        {
            using var timer = new PeriodicTimer(options.Value.CheckInterval, clock);
            while (await timer.WaitForNextTickAsync(stoppingToken))
                _work.Writer.TryWrite(new Work(WorkKind.CatchUp));
        }
        catch (OperationCanceledException)
        {
        }
    }

    void OnGraphChanged(Core.Graph.PolicyGraph graph)
    {
        if (_firstLoadSeen)
        {
            _work.Writer.TryWrite(new Work(WorkKind.Announce, graph.Version));
            return;
        }

        // The first load may be older than what the other replicas serve: compare before announcing.
        (_firstLoadSeen, _unannounced) = (true, true);
        _work.Writer.TryWrite(new Work(WorkKind.CatchUp));
    }

    void OnRedisConnected() => _work.Writer.TryWrite(new Work(WorkKind.CatchUp));

    Task DoAsync(Work work, CancellationToken cancellationToken) => work.Kind switch
    {
        WorkKind.Announce => AnnounceAsync(work.Version!),
        WorkKind.CatchUp => CatchUpAsync(cancellationToken),
        _ => ReloadAsync(work.Version!, "announcement", cancellationToken),
    };

    /// <summary>Stores a version this replica reloaded to; announces it when Redis held another.</summary>
    async Task AnnounceAsync(string version)
    {
        if (current.Version != version)
            return; // superseded by a later load, which is announced in its turn
        if (!redis.IsAvailable || redis.Multiplexer is not { } multiplexer)
        {
            _unannounced = true; // compared and announced on reconnection
            return;
        }

        _unannounced = false;
        var previous = await multiplexer.GetDatabase().StringSetAndGetAsync(VersionKey, version);
        redis.ReportSuccess();
        if (previous != version)
            await PublishAsync(multiplexer, version, previous.IsNull ? "(none)" : previous.ToString());
    }

    async Task PublishAsync(IConnectionMultiplexer multiplexer, string version, string previous)
    {
        await multiplexer.GetSubscriber().PublishAsync(ChangedChannel, $"{version}\n{ReplicaId}");
        LastAnnounced = version;
        metrics.Announced();
        LogAnnounced(version, previous);
    }

    /// <summary>Subscribes if not yet, then compares the served version with the stored one.</summary>
    async Task CatchUpAsync(CancellationToken cancellationToken)
    {
        if (!redis.IsAvailable || redis.Multiplexer is not { } multiplexer)
            return;

        if (!_subscribed)
            await SubscribeAsync(multiplexer, cancellationToken);

        if (current.Version is not { } local)
            return; // nothing served yet: the first load comes back here
        var database = multiplexer.GetDatabase();
        var stored = await database.StringGetAsync(VersionKey);
        redis.ReportSuccess();

        if (stored.IsNull)
        {
            _unannounced = false;
            // An empty Redis (new, or restarted without persistence): tell it what is served, unless another replica just did.
            if (await database.StringSetAsync(VersionKey, local, when: When.NotExists))
                await PublishAsync(multiplexer, local, "(none)");
            return;
        }

        if (stored == local)
        {
            _unannounced = false;
            return;
        }

        await ReloadAsync(stored.ToString(), "stored-version", cancellationToken);
        if (_unannounced && current.Version is { } served && served != stored)
            await AnnounceAsync(served); // our source holds something newer than Redis knows
        _unannounced = false;
    }

    /// <summary>
    /// Subscribes to the channel (StackExchange.Redis subscribes again by itself after a reconnection). Redis pub/sub has a
    /// connection of its own, which may come up a little after the one for commands; until it does, try again shortly.
    /// </summary>
    async Task SubscribeAsync(IConnectionMultiplexer multiplexer, CancellationToken cancellationToken)
    {
        try
        {
            await multiplexer.GetSubscriber().SubscribeAsync(ChangedChannel, (_, message) => OnAnnouncement(message));
            _subscribed = true;
        }
        catch (RedisConnectionException)
        {
            _ = Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken)
                .ContinueWith(_ => _work.Writer.TryWrite(new Work(WorkKind.CatchUp)), TaskContinuationOptions.OnlyOnRanToCompletion);
        }
    }

    void OnAnnouncement(RedisValue message)
    {
        var text = message.ToString();
        var separator = text.IndexOf('\n');
        var (version, sender) = separator < 0 ? (text, "") : (text[..separator], text[(separator + 1)..]);
        if (sender == ReplicaId || version.Length == 0)
            return;
        _work.Writer.TryWrite(new Work(WorkKind.Reload, version));
    }

    /// <summary>Another replica serves <paramref name="version"/>: ask our own source, reload when it holds something new.</summary>
    async Task ReloadAsync(string version, string reason, CancellationToken cancellationToken)
    {
        LastHeard = version;
        if (version == current.Version)
            return;
        metrics.ReplicaReload(reason);
        LogReloading(version, reason, current.Version ?? "(none)");
        await reloader.RefreshIfChangedAsync(cancellationToken);
        if (current.Version != version)
            LogSourceDiffers(version, current.Version ?? "(none)");
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Announced graph version {GraphVersion} to the other replicas (Redis held {Previous})")]
    partial void LogAnnounced(string graphVersion, string previous);

    [LoggerMessage(Level = LogLevel.Information, Message = "Another replica serves graph version {GraphVersion} ({Reason}); this one serves {Local}: checking the graph source")]
    partial void LogReloading(string graphVersion, string reason, string local);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Another replica serves graph version {GraphVersion}, but this replica's source gives {Local}")]
    partial void LogSourceDiffers(string graphVersion, string local);
}
