namespace RouteGraph.Core.Model;

/// <summary>
/// What happened to a partnership or programme. Declared in the order events of one day take effect
/// (an agreement signed and brought into force on the same day is in force that day).
/// </summary>
public enum LifecycleEventKind
{
    /// <summary>Made public as intended, not yet in effect (the first talent partnerships of 2022).</summary>
    ANNOUNCED,
    /// <summary>Signed or adopted. In effect from that day unless the lifecycle also has ENTERED_INTO_FORCE.</summary>
    SIGNED,
    /// <summary>Launched (operational partnerships, dialogues, programmes): in effect from that day.</summary>
    LAUNCHED,
    /// <summary>An agreement's entry into force: in effect from that day.</summary>
    ENTERED_INTO_FORCE,
    SUSPENDED,
    RESUMED,
    ENDED,
}
