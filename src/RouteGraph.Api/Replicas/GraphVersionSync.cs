using System.Threading.Channels;
using Microsoft.Extensions.Options;
using RouteGraph.Api.Caching;
using RouteGraph.Api.Graph;
using RouteGraph.Api.Metrics;
using StackExchange.Redis;

namespace RouteGraph.Api.Replicas;

/// <summary>
/// Keeps API replicas on one graph version through Redis. When this replica publishes a new version it stores it under
/// <c>routegraph:graph-version</c> and, when that changed what Redis held, announces it on <c>routegraph:graph-changed</c>;
/// every other replica then asks its own graph source for its version and reloads when it differs. A replica that missed
/// an announcement (Redis was away, it was not subscribed yet) catches up from the stored version on reconnect and every
/// <see cref="ReplicaOptions.CheckInterval"/>. A version received is never announced again (Redis already holds it), so
/// there is no ping-pong. Protocol in docs/caching.md.
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
    volatile bool _announcementPending;

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
                _announcementPending = true; // loaded before this service listened
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
                        _announcementPending = true;
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

    void OnGraphChanged(Core.Graph.PolicyGraph graph) => _work.Writer.TryWrite(new Work(WorkKind.Announce, graph.Version));

    void OnRedisConnected() => _work.Writer.TryWrite(new Work(WorkKind.CatchUp));

    Task DoAsync(Work work, CancellationToken cancellationToken) => work.Kind switch
    {
        WorkKind.Announce => AnnounceAsync(),
        WorkKind.CatchUp => CatchUpAsync(cancellationToken),
        _ => ReloadAsync(work.Version!, cancellationToken),
    };

    /// <summary>Stores the served version; announces it when Redis held another (or none).</summary>
    async Task AnnounceAsync()
    {
        if (current.Version is not { } version)
            return;
        if (!redis.IsAvailable || redis.Multiplexer is not { } multiplexer)
        {
            _announcementPending = true; // done on reconnect
            return;
        }

        _announcementPending = false;
        var previous = await multiplexer.GetDatabase().StringSetAndGetAsync(VersionKey, version);
        if (previous == version)
            return;
        await multiplexer.GetSubscriber().PublishAsync(ChangedChannel, $"{version}\n{ReplicaId}");
        redis.ReportSuccess();
        LastAnnounced = version;
        metrics.Announced();
        LogAnnounced(version, previous.IsNull ? "(none)" : previous.ToString());
    }

    /// <summary>On (re)connect and every check interval: subscribe if not yet, then compare with the stored version.</summary>
    async Task CatchUpAsync(CancellationToken cancellationToken)
    {
        if (!redis.IsAvailable || redis.Multiplexer is not { } multiplexer)
            return;

        if (!_subscribed)
        {
            // StackExchange.Redis subscribes again by itself after a reconnect.
            await multiplexer.GetSubscriber().SubscribeAsync(ChangedChannel, (_, message) => OnAnnouncement(message));
            _subscribed = true;
        }

        if (current.Version is not { } local)
            return; // the first load announces
        if (_announcementPending)
        {
            await AnnounceAsync();
            return;
        }

        var stored = await multiplexer.GetDatabase().StringGetAsync(VersionKey);
        redis.ReportSuccess();
        if (stored.IsNull)
            await AnnounceAsync(); // a fresh Redis: tell it what is served
        else if (stored != local)
            await ReloadAsync(stored.ToString(), cancellationToken, reason: "stored-version");
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
    async Task ReloadAsync(string version, CancellationToken cancellationToken, string reason = "announcement")
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
