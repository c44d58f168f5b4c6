using RouteGraph.Core.Model;

namespace RouteGraph.Api.GraphQL.Types;

public sealed class NodeLabelEnum() : DescribedEnum<NodeLabel>("NodeLabel",
    "The kinds of node in the policy graph (the labels of the model).",
    new Dictionary<NodeLabel, string>
    {
        [NodeLabel.Country] = "A country, identified by its ISO 3166-1 alpha-2 code.",
        [NodeLabel.Region] = "A group of countries a partnership can name as one partner.",
        [NodeLabel.Route] = "A migration route.",
        [NodeLabel.Partnership] = "A partnership, agreement, declaration or dialogue.",
        [NodeLabel.Sector] = "One of the five key sectors.",
        [NodeLabel.PolicyArea] = "A policy area partnerships draw on.",
        [NodeLabel.Programme] = "A programme implementing a partnership.",
        [NodeLabel.Organisation] = "An institution, ministry, agency or international organisation.",
        [NodeLabel.Commitment] = "Something the signatories of a partnership undertake.",
        [NodeLabel.Indicator] = "A measured figure about a route.",
        [NodeLabel.LifecycleEvent] = "A dated event of a partnership's or programme's life: signed, launched, in force, suspended, resumed, ended.",
        [NodeLabel.Document] = "A source document.",
    });
