namespace RouteGraph.Core.Model;

public enum Recurrence
{
    ONCE,
    ONGOING,
    YEARLY,
}
