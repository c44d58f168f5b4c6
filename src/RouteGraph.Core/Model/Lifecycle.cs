using System.Collections.Immutable;

namespace RouteGraph.Core.Model;

/// <summary>
/// The events of one partnership or programme in the order they take effect, and its status on any
/// day derived from them. The one place a status is computed: the coverage matrix, the partnership
/// filter, the trend and the GraphQL status fields all ask here.
/// </summary>
public sealed class Lifecycle
{
    static readonly LifecycleEventKind[] StartKinds =
        [LifecycleEventKind.ANNOUNCED, LifecycleEventKind.SIGNED, LifecycleEventKind.LAUNCHED, LifecycleEventKind.ENTERED_INTO_FORCE];

    readonly bool _hasEntryIntoForce;
    readonly bool _hasDatedStart;

    public Lifecycle(IEnumerable<LifecycleEvent> events)
    {
        // Dated events by their first possible day, then the more precise, then the kind; undated ones last, by kind.
        Events =
        [
            .. events
                .OrderBy(e => e.Date is null)
                .ThenBy(e => e.Date)
                .ThenBy(e => e.Kind)
                .ThenBy(e => e.Id, StringComparer.Ordinal),
        ];
        _hasEntryIntoForce = Events.Any(e => e.Kind == LifecycleEventKind.ENTERED_INTO_FORCE);
        _hasDatedStart = Events.Any(e => e.Date is not null && StartKinds.Contains(e.Kind));
        ChangeDays = [.. Events.Where(e => e.Date is not null).SelectMany(e => new[] { e.Date!.Value.Earliest, e.Date.Value.Latest.AddDays(1) })
            .Distinct().Order()];
    }

    public static Lifecycle Empty { get; } = new([]);

    /// <summary>The events in the order they take effect.</summary>
    public ImmutableArray<LifecycleEvent> Events { get; }

    /// <summary>The days on which the status can differ from the day before: each event's first day and the day after its last.</summary>
    public ImmutableArray<DateOnly> ChangeDays { get; }

    /// <summary>When it was signed or launched (the first such event), the date partnerships are listed by.</summary>
    public PartialDate? Signed => First(LifecycleEventKind.SIGNED, LifecycleEventKind.LAUNCHED)?.Date;

    /// <summary>The first event of the kinds given, in lifecycle order; null when there is none.</summary>
    public LifecycleEvent? First(params LifecycleEventKind[] kinds) => Events.FirstOrDefault(e => kinds.Contains(e.Kind));

    /// <summary>The last event of the kinds given, in lifecycle order; null when there is none.</summary>
    public LifecycleEvent? Last(params LifecycleEventKind[] kinds) => Events.LastOrDefault(e => kinds.Contains(e.Kind));

    /// <summary>
    /// The status on a day. Events apply from their day on. A partial date that straddles the day
    /// makes the status UNCERTAIN (IMPRECISE_DATE) when the event would change it; an undated event
    /// may have happened any day after the event before it, so it makes the status UNCERTAIN
    /// (UNDATED) from then on when it would change it. Without any dated start (announced, signed,
    /// launched, in force) the status is UNCERTAIN (UNDATED) until a dated event settles it: a
    /// status with no dated event behind it is never ACTIVE.
    /// </summary>
    public LifecycleStatus StatusOn(DateOnly day)
    {
        // Two readings of the same events: only those certainly past by the day, and also those that may be.
        var certain = _hasDatedStart ? PartnershipStatus.NOT_YET_ACTIVE : PartnershipStatus.UNCERTAIN;
        var possible = certain;
        var imprecise = false;
        var undated = !_hasDatedStart;
        var previousMayHaveHappened = true;
        foreach (var e in Events)
        {
            if (e.Date is { } date)
            {
                if (date.IsCertainlyBy(day))
                {
                    certain = Apply(certain, e.Kind);
                    possible = Apply(possible, e.Kind);
                }
                else if (date.Earliest <= day)
                {
                    var before = possible;
                    possible = Apply(possible, e.Kind);
                    imprecise |= possible != before;
                }
                else
                {
                    previousMayHaveHappened = false;
                    break; // ordered by first day: no later event can have happened either
                }
            }
            else if (previousMayHaveHappened)
            {
                var before = possible;
                possible = Apply(possible, e.Kind);
                undated |= possible != before;
            }
        }

        if (certain == possible && certain != PartnershipStatus.UNCERTAIN)
            return new LifecycleStatus(certain);
        return new LifecycleStatus(PartnershipStatus.UNCERTAIN, undated || !imprecise ? StatusUncertainty.UNDATED : StatusUncertainty.IMPRECISE_DATE);
    }

    PartnershipStatus Apply(PartnershipStatus status, LifecycleEventKind kind) => kind switch
    {
        LifecycleEventKind.ANNOUNCED => status is PartnershipStatus.UNCERTAIN ? PartnershipStatus.NOT_YET_ACTIVE : status,
        // A signature awaiting entry into force starts nothing yet.
        LifecycleEventKind.SIGNED when _hasEntryIntoForce =>
            status is PartnershipStatus.UNCERTAIN ? PartnershipStatus.NOT_YET_ACTIVE : status,
        LifecycleEventKind.SIGNED or LifecycleEventKind.LAUNCHED or LifecycleEventKind.ENTERED_INTO_FORCE or LifecycleEventKind.RESUMED =>
            PartnershipStatus.ACTIVE,
        LifecycleEventKind.SUSPENDED => PartnershipStatus.SUSPENDED,
        LifecycleEventKind.ENDED => PartnershipStatus.ENDED,
        _ => status,
    };
}
