namespace RouteGraph.Core.Model;

public enum ProgrammeKind
{
    /// <summary>Assisted voluntary return and reintegration.</summary>
    AVRR,
    ACTION_PLAN,
    MOBILITY,
    CAPACITY_BUILDING,
    /// <summary>A fund financing actions in partner countries (the EU Emergency Trust Fund for Africa).</summary>
    TRUST_FUND,
    OTHER,
}
