using global::GraphQL.Types;
using RouteGraph.Core.Analytics;

namespace RouteGraph.Api.GraphQL.Types;

/// <summary><c>input CoverageScenario</c>, read into Core's <see cref="CoverageScenario"/>.</summary>
public sealed class CoverageScenarioInputType : InputObjectGraphType<CoverageScenario>
{
    public CoverageScenarioInputType()
    {
        Name = "CoverageScenario";
        Description = "What-if: partnerships to leave out and hypothetical ones to add. Computed in memory for this request only: "
            + "never stored, never cached, and the answer says which cells it changed.";
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("without").Description("Ids of partnerships to leave out.");
        Field<ListGraphType<NonNullGraphType<HypotheticalPartnershipInputType>>>("add").Description("Hypothetical partnerships to add.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new CoverageScenario(
        [.. InputLists.Of<string>(value, "without") ?? []],
        [.. InputLists.Of<HypotheticalPartnership>(value, "add") ?? []]);
}
