using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using RouteGraph.Api.GraphQL;
using RouteGraph.Api.Tests.Infrastructure;

namespace RouteGraph.Api.Tests;

/// <summary>The schema is a contract: checked-in SDL, fixed names, a description everywhere.</summary>
public sealed class SchemaTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    ISchema Schema()
    {
        var schema = factory.Services.GetRequiredService<RouteGraphSchema>();
        schema.Initialize();
        return schema;
    }

    [Fact]
    public void Served_schema_matches_the_checked_in_schema_graphql()
    {
        var served = SchemaPrinter.Print(Schema());
        Assert.True(File.Exists(RepoPaths.SchemaFile), $"{RepoPaths.SchemaFile} is missing.");
        var checkedIn = File.ReadAllText(RepoPaths.SchemaFile).ReplaceLineEndings("\n");
        if (served == checkedIn)
            return;

        var servedLines = served.Split('\n');
        var fileLines = checkedIn.Split('\n');
        var line = Enumerable.Range(0, Math.Min(servedLines.Length, fileLines.Length)).FirstOrDefault(i => servedLines[i] != fileLines[i],
            Math.Min(servedLines.Length, fileLines.Length));
        Assert.Fail($"""
            The served schema drifted from schema.graphql (first difference at line {line + 1}):
              schema.graphql: {(line < fileLines.Length ? fileLines[line] : "(end of file)")}
              served:         {(line < servedLines.Length ? servedLines[line] : "(end of schema)")}
            If the change is intended (front ends are written against this file), regenerate it from the repository root:
              dotnet run --project src/RouteGraph.Api -- --print-schema > schema.graphql
            """);
    }

    [Fact]
    public void Every_type_field_argument_and_enum_value_has_a_description()
    {
        var missing = new List<string>();
        foreach (var type in Schema().AllTypes.Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal) && !IsBuiltInScalar(t.Name)))
        {
            if (string.IsNullOrWhiteSpace(type.Description))
                missing.Add(type.Name);
            if (type is IComplexGraphType complex)
            {
                foreach (var field in complex.Fields)
                {
                    if (string.IsNullOrWhiteSpace(field.Description))
                        missing.Add($"{type.Name}.{field.Name}");
                    foreach (var argument in field.Arguments ?? [])
                    {
                        if (string.IsNullOrWhiteSpace(argument.Description))
                            missing.Add($"{type.Name}.{field.Name}({argument.Name})");
                    }
                }
            }

            if (type is EnumerationGraphType enumeration)
                missing.AddRange(enumeration.Values.Where(v => string.IsNullOrWhiteSpace(v.Description)).Select(v => $"{type.Name}.{v.Name}"));
        }

        Assert.True(missing.Count == 0, "No description: " + string.Join(", ", missing));
    }

    static bool IsBuiltInScalar(string name) => name is "String" or "Int" or "Float" or "Boolean" or "ID";

    /// <summary>The names the issue fixes, verbatim: front ends are written against them.</summary>
    [Theory]
    [InlineData("enum Sector {", "HOST_COUNTRY_SUPPORT", "ECONOMIC_OPPORTUNITIES", "ANTI_SMUGGLING", "RETURN_AND_READMISSION", "LEGAL_PATHWAYS")]
    [InlineData("enum RouteRole {", "ORIGIN", "TRANSIT", "DEPARTURE", "ARRIVAL")]
    [InlineData("enum PartnershipStatus {", "ACTIVE", "NOT_YET_ACTIVE", "SUSPENDED", "ENDED", "UNCERTAIN")]
    [InlineData("enum CoverageState {", "COVERED", "GAP", "UNKNOWN")]
    [InlineData("type CoverageCell {", "country: Country!", "roles: [RouteRole!]!", "sector: Sector!", "state: CoverageState!", "reason: String",
        "partnerships: [Partnership!]!")]
    [InlineData("type RouteCoverage {", "route: Route", "activeOn: Date", "ratio: Float", "cells(sector: Sector): [CoverageCell!]!",
        "gaps(sector: Sector): [CoverageCell!]!", "unknown(sector: Sector): [CoverageCell!]!")]
    [InlineData("input CoverageScenario {", "without: [ID!]", "add: [HypotheticalPartnership!]")]
    [InlineData("type Partnership ", "statusOn(day: Date!): PartnershipStatus!")]
    [InlineData("scalar PartialDate")]
    [InlineData("input PartnershipFilter {", "routeIds: [ID!]", "countryIsos: [String!]", "sectors: [Sector!]", "statuses: [PartnershipStatus!]",
        "activeOn: Date", "signedFrom: Date", "signedTo: Date", "text: String")]
    [InlineData("interface Node {", "id: ID!")]
    [InlineData("scalar Date")]
    public void Fixed_definitions_are_served(string definition, params string[] members)
    {
        var sdl = Compact(SchemaPrinter.Print(Schema()));
        var start = sdl.IndexOf(definition, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{definition}' is not in the schema.");
        var end = sdl.IndexOf('}', start);
        var body = end < 0 ? "" : sdl[start..end];
        foreach (var member in members)
            Assert.Contains(member, body);
    }

    [Theory]
    [InlineData("routes: [Route!]!")]
    [InlineData("route(id: ID!): Route")]
    [InlineData("country(iso2: String!): Country")]
    [InlineData("countries(first: Int, after: String): CountryConnection!")]
    [InlineData("partnerships(filter: PartnershipFilter, first: Int, after: String): PartnershipConnection!")]
    [InlineData("partnershipsByRoute(routeId: ID!, sectors: [Sector!], activeOn: Date): [RouteCountryPartnerships!]!")]
    [InlineData("routeCoverage(routeId: ID!, activeOn: Date, scenario: CoverageScenario): RouteCoverage!")]
    [InlineData("coverageTrend(routeId: ID!, from: Date!, to: Date!, sector: Sector, scenario: CoverageScenario): CoverageTrend")]
    [InlineData("paths(from: String!, to: String!, maxHops: Int = 6): [RoutePath!]!")]
    [InlineData("keyCountries(routeIds: [ID!], limit: Int = 10, includeEuMembers: Boolean = false): [CountryRank!]!")]
    [InlineData("timeline(routeId: ID, from: Date, to: Date): Timeline!")]
    [InlineData("graph(routeIds: [ID!]): GraphView!")]
    [InlineData("search(text: String!, limit: Int = 20): [SearchHit!]!")]
    [InlineData("node(id: ID!): Node")]
    public void Query_fields_have_the_fixed_signatures(string signature)
    {
        var query = Schema().Query;
        var sdl = Compact(SchemaPrinter.Print(Schema()));
        var start = sdl.IndexOf("type Query {", StringComparison.Ordinal);
        Assert.Contains(" " + signature + " ", sdl[start..sdl.IndexOf('}', start)] + " ");
        Assert.NotNull(query);
    }

    [Theory]
    [InlineData("Partnership", "id", "title", "kind", "level", "status", "signedOn", "endedOn", "legallyBinding", "summary", "sectors: [Sector!]!",
        "partners: [Country!]!", "signatories", "routes", "programmes", "commitments", "sources")]
    [InlineData("Programme", "id", "name", "kind", "sectors", "returnsFrom: [Country!]!", "returnsTo: [Country!]!", "implementers")]
    [InlineData("Country", "id", "iso2", "name(lang: String = \"en\")", "euMember", "routes", "partnerships(filter: PartnershipFilter)")]
    [InlineData("Route", "id", "name", "mode", "countries(role: RouteRole): [RouteCountry!]!", "partnerships(filter: PartnershipFilter)", "indicators")]
    [InlineData("RouteCountry", "country", "roles")]
    [InlineData("CountryRoute", "route", "roles")]
    [InlineData("RouteCoverage", "route", "activeOn", "ratio", "cells", "gaps")]
    [InlineData("CoverageCell", "country", "role", "sector", "partnerships")]
    [InlineData("Source", "document", "quote")]
    [InlineData("CountryConnection", "edges: [CountryEdge!]!", "nodes: [Country!]!", "pageInfo: PageInfo!", "totalCount: Int!")]
    [InlineData("CountryEdge", "cursor", "node")]
    [InlineData("PartnershipConnection", "edges: [PartnershipEdge!]!", "nodes: [Partnership!]!", "pageInfo: PageInfo!", "totalCount: Int!")]
    public void Types_have_the_fields_the_issue_names(string type, params string[] fields)
    {
        var sdl = Compact(SchemaPrinter.Print(Schema()));
        var start = sdl.IndexOf($"type {type} ", StringComparison.Ordinal);
        Assert.True(start >= 0, $"type {type} is not in the schema.");
        var body = sdl[start..sdl.IndexOf('}', start)];
        foreach (var field in fields)
            Assert.Contains(" " + field, body);
    }

    [Fact]
    public void Every_model_label_is_a_Node_type()
    {
        var schema = Schema();
        foreach (var name in new[] { "Country", "Region", "Route", "Partnership", "KeySector", "PolicyArea", "Programme", "Organisation",
                     "Commitment", "Indicator", "Document" })
        {
            var type = Assert.IsAssignableFrom<IObjectGraphType>(schema.AllTypes[name]);
            Assert.Contains(type.ResolvedInterfaces, i => i.Name == "Node");
        }
    }

    /// <summary>The SDL without descriptions, one definition member per line joined by spaces: easy to search.</summary>
    static string Compact(string sdl)
    {
        var withoutDescriptions = System.Text.RegularExpressions.Regex.Replace(sdl, "\"\"\"[\\s\\S]*?\"\"\"|\"(?:[^\"\\\\\\n]|\\\\.)*\"(?=\\s*\\n)", "");
        return System.Text.RegularExpressions.Regex.Replace(withoutDescriptions, "\\s+", " ")
            .Replace("( ", "(").Replace(" )", ")").Replace(", ", ", ");
    }
}
