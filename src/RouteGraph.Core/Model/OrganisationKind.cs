namespace RouteGraph.Core.Model;

public enum OrganisationKind
{
    EU_INSTITUTION,
    EU_AGENCY,
    NATIONAL_MINISTRY,
    /// <summary>A member state's or third country's government as a whole.</summary>
    NATIONAL_GOVERNMENT,
    INTERNATIONAL_ORGANISATION,
    INTERGOVERNMENTAL_FORUM,
    OTHER,
}
