using global::GraphQL.Types;
using RouteGraph.Core.Analytics;
using RouteGraph.Core.Model;
using CoreSector = RouteGraph.Core.Model.Sector;

namespace RouteGraph.Api.GraphQL.Types;

/// <summary><c>input HypotheticalPartnership</c>, read into Core's <see cref="HypotheticalPartnership"/>.</summary>
public sealed class HypotheticalPartnershipInputType : InputObjectGraphType<HypotheticalPartnership>
{
    public HypotheticalPartnershipInputType()
    {
        Name = "HypotheticalPartnership";
        Description = "A partnership a scenario imagines: partners, sectors, a start date. Never stored.";
        Field<StringGraphType>("title").Description("A title to recognise it by in the answer; \"Hypothetical partnership\" when not given.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("partners")
            .Description("Its partners: country ids (ISO alpha-2) or region ids; a region counts for each of its countries.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SectorEnum>>>>("sectors").Description("The key sectors it covers.");
        Field<NonNullGraphType<PartialDateGraphType>>("startsOn").Description("When it starts (a year, a month or a day).");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new HypotheticalPartnership(
        value.TryGetValue("title", out var title) && title is string { Length: > 0 } t ? t : "Hypothetical partnership",
        [.. InputLists.Of<string>(value, "partners") ?? []],
        [.. InputLists.Of<CoreSector>(value, "sectors") ?? []],
        (PartialDate)value["startsOn"]!);
}
