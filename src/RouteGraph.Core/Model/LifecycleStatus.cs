namespace RouteGraph.Core.Model;

/// <summary>A partnership's or programme's status on one day, derived from its lifecycle, and why it is uncertain when it is.</summary>
public readonly record struct LifecycleStatus(PartnershipStatus Status, StatusUncertainty? Uncertainty = null)
{
    public bool IsActive => Status == PartnershipStatus.ACTIVE;
}
