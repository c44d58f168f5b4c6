using global::GraphQL.Types;
using RouteGraph.Core.Model;

namespace RouteGraph.Api.GraphQL.Types;

public sealed class IndicatorType : NodeGraphType<Indicator>
{
    public IndicatorType() : base("Indicator", "A measured figure about one or more routes, such as smugglers' profits over a period.")
    {
        Text("metric", "What is measured.", i => i.Metric);
        Field<FloatGraphType>("value").Description("The figure; null when the sources give none.").Resolve(c => c.Source.Value);
        Text("unit", "The unit of the figure (EUR, persons...).", i => i.Unit, nullable: true);
        Field<NonNullGraphType<BooleanGraphType>>("approximate").Description("Whether the source gives the figure as approximate (\"about\").")
            .Resolve(c => c.Source.Approximate);
        Field<IsoDateGraphType>("periodStart").Description("First day of the period measured; null when not known.").Resolve(c => c.Source.PeriodStart);
        Field<IsoDateGraphType>("periodEnd").Description("Last day of the period measured; null when not known.").Resolve(c => c.Source.PeriodEnd);
        List<RouteType>("routes", "The routes the figure is about (MEASURES).", c => c.Graph().Targets<Route>(c.Source.Id, RelationType.MEASURES));
        SourcesField();
    }
}
