using RouteGraph.Core.Model;

namespace RouteGraph.Api.GraphQL.Types;

public sealed class LifecycleEventKindEnum() : DescribedEnum<LifecycleEventKind>("LifecycleEventKind",
    "What happened to a partnership or programme.",
    new Dictionary<LifecycleEventKind, string>
    {
        [LifecycleEventKind.ANNOUNCED] = "Made public as intended; not yet in effect.",
        [LifecycleEventKind.SIGNED] = "Signed or adopted; in effect from that day unless an entry into force follows.",
        [LifecycleEventKind.LAUNCHED] = "Launched (operational partnerships, dialogues, programmes); in effect from that day.",
        [LifecycleEventKind.ENTERED_INTO_FORCE] = "An agreement entered into force.",
        [LifecycleEventKind.SUSPENDED] = "Suspended by a party.",
        [LifecycleEventKind.RESUMED] = "Resumed after a suspension.",
        [LifecycleEventKind.ENDED] = "Ended.",
    });
