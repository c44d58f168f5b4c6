namespace RouteGraph.Core.Model;

public enum PartnershipLevel
{
    BILATERAL,
    REGIONAL,
    EU,
    GLOBAL,
}
