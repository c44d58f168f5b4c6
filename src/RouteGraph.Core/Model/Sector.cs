namespace RouteGraph.Core.Model;

/// <summary>The five key sectors of EU migration partnerships (Council of the EU).</summary>
public enum Sector
{
    HOST_COUNTRY_SUPPORT,
    ECONOMIC_OPPORTUNITIES,
    ANTI_SMUGGLING,
    RETURN_AND_READMISSION,
    LEGAL_PATHWAYS,
}
