namespace RouteGraph.Core.Model;

/// <summary>The node labels of the policy graph. Their names are the Neo4j labels.</summary>
public enum NodeLabel
{
    Country,
    Region,
    Route,
    Partnership,
    Sector,
    PolicyArea,
    Programme,
    Organisation,
    Commitment,
    Indicator,
    Document,
}

/// <summary>The relationship types of the policy graph. Their names are the Neo4j types.</summary>
public enum RelationType
{
    ON_ROUTE,
    LEG,
    IN_REGION,
    SIGNED_BY,
    WITH_PARTNER,
    COVERS,
    USES_POLICY,
    TARGETS,
    PART_OF,
    RETURNS_FROM,
    RETURNS_TO,
    IMPLEMENTED_BY,
    COMMITS_TO,
    MEASURES,
    SOURCED_FROM,
}

/// <summary>The five key sectors of EU migration partnerships (Council of the EU).</summary>
public enum Sector
{
    HOST_COUNTRY_SUPPORT,
    ECONOMIC_OPPORTUNITIES,
    ANTI_SMUGGLING,
    RETURN_AND_READMISSION,
    LEGAL_PATHWAYS,
}

/// <summary>The part a country plays on a route; a country can hold several.</summary>
public enum RouteRole
{
    ORIGIN,
    TRANSIT,
    DEPARTURE,
    ARRIVAL,
}

public enum RouteMode
{
    SEA,
    LAND,
    MIXED,
}

public enum PartnershipLevel
{
    BILATERAL,
    REGIONAL,
    EU,
    GLOBAL,
}

public enum PartnershipStatus
{
    ACTIVE,
    SUSPENDED,
    ENDED,
    PLANNED,
}
