namespace RouteGraph.Core.Model;

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
    HAS_EVENT,
    SOURCED_FROM,
}
