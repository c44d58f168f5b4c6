using System.Text.Json.Nodes;
using RouteGraph.Api.Tests.Infrastructure;

namespace RouteGraph.Api.Tests.Exports;

/// <summary>The RFC 7946 checker the export tests rely on finds what it must: otherwise a passing export test would prove nothing.</summary>
public sealed class Rfc7946RulesTests
{
    [Theory]
    [InlineData("""{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[9.5,34]},"properties":{}}]}""", null)]
    [InlineData("""{"type":"Feature","features":[]}""", "$.type")]
    [InlineData("""{"type":"FeatureCollection"}""", "$.features")]
    [InlineData("""{"type":"FeatureCollection","crs":{},"features":[]}""", "$.crs")]
    [InlineData("""{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[34,190]},"properties":{}}]}""", "latitude")]
    [InlineData("""{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[-181,10]},"properties":{}}]}""", "longitude")]
    [InlineData("""{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"LineString","coordinates":[[1,2]]},"properties":{}}]}""", "at least 2")]
    [InlineData("""{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[1,2]}}]}""", "properties")]
    [InlineData("""{"type":"FeatureCollection","features":[{"type":"Feature","id":true,"geometry":null,"properties":null}]}""", ".id")]
    [InlineData("""{"type":"FeatureCollection","features":[{"type":"Feature","id":"a","geometry":null,"properties":null},{"type":"Feature","id":"a","geometry":null,"properties":null}]}""", "not unique")]
    [InlineData("""{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1]]]},"properties":{}}]}""", "closed")]
    [InlineData("""{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Circle","coordinates":[0,0]},"properties":{}}]}""", "geometry types")]
    public void Finds_each_kind_of_violation(string json, string? expected)
    {
        var violations = Rfc7946.Violations(JsonNode.Parse(json));
        if (expected is null)
            Assert.Empty(violations);
        else
            Assert.Contains(violations, v => v.Contains(expected, StringComparison.Ordinal));
    }
}
