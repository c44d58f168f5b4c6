using global::GraphQL.Types;
using RouteGraph.Core.Analytics;
using RouteGraph.Core.Model;
using CoreSector = RouteGraph.Core.Model.Sector;

namespace RouteGraph.Api.GraphQL.Types;

/// <summary>An enum type whose values carry the descriptions analysts read in the IDE.</summary>
public abstract class DescribedEnum<TEnum> : EnumerationGraphType<TEnum> where TEnum : struct, Enum
{
    protected DescribedEnum(string name, string description, IReadOnlyDictionary<TEnum, string> values)
    {
        Name = name;
        Description = description;
        foreach (var value in Values)
            value.Description = values.TryGetValue((TEnum)value.Value!, out var text)
                ? text
                : throw new InvalidOperationException($"{name}.{value.Name} has no description.");
    }
}

public sealed class SectorEnum() : DescribedEnum<CoreSector>("Sector",
    "The five key sectors of EU migration partnerships, as the Council of the EU lists them.",
    new Dictionary<CoreSector, string>
    {
        [CoreSector.HOST_COUNTRY_SUPPORT] = "Supporting countries hosting refugees, and host communities.",
        [CoreSector.ECONOMIC_OPPORTUNITIES] = "Creating economic opportunities close to home, in particular for young people.",
        [CoreSector.ANTI_SMUGGLING] = "Fighting migrant smuggling.",
        [CoreSector.RETURN_AND_READMISSION] = "Improving return and readmission, stepping up voluntary return and contributing to reintegration.",
        [CoreSector.LEGAL_PATHWAYS] = "Developing regulated channels for legal migration.",
    });

public sealed class RouteRoleEnum() : DescribedEnum<RouteRole>("RouteRole",
    "The part a country plays on a migration route. A country can hold several roles on one route.",
    new Dictionary<RouteRole, string>
    {
        [RouteRole.ORIGIN] = "People on the route come from this country.",
        [RouteRole.TRANSIT] = "People cross this country on their way.",
        [RouteRole.DEPARTURE] = "The route's crossing (by sea or over a border into the EU) starts here.",
        [RouteRole.ARRIVAL] = "The route reaches the EU here.",
    });

public sealed class RouteModeEnum() : DescribedEnum<RouteMode>("RouteMode",
    "How people move along a route or one of its legs.",
    new Dictionary<RouteMode, string>
    {
        [RouteMode.SEA] = "By sea.",
        [RouteMode.LAND] = "Over land.",
        [RouteMode.MIXED] = "Partly by sea, partly over land.",
    });

public sealed class PartnershipStatusEnum() : DescribedEnum<PartnershipStatus>("PartnershipStatus",
    "Where a partnership stands today.",
    new Dictionary<PartnershipStatus, string>
    {
        [PartnershipStatus.ACTIVE] = "In force or being implemented.",
        [PartnershipStatus.SUSPENDED] = "Put on hold by a party.",
        [PartnershipStatus.ENDED] = "No longer in force.",
        [PartnershipStatus.PLANNED] = "Announced or under negotiation, not yet in force.",
    });

public sealed class PartnershipLevelEnum() : DescribedEnum<PartnershipLevel>("PartnershipLevel",
    "Who the parties of a partnership are.",
    new Dictionary<PartnershipLevel, string>
    {
        [PartnershipLevel.BILATERAL] = "Between two states (or their ministries).",
        [PartnershipLevel.REGIONAL] = "Among the states of a region, such as an intergovernmental process.",
        [PartnershipLevel.EU] = "Between the European Union and one or more partners.",
        [PartnershipLevel.GLOBAL] = "Open to states worldwide, such as a UN framework.",
    });

public sealed class PartnershipKindEnum() : DescribedEnum<PartnershipKind>("PartnershipKind",
    "The kind of instrument a partnership is, from a binding agreement to a political dialogue.",
    new Dictionary<PartnershipKind, string>
    {
        [PartnershipKind.COMPREHENSIVE_PARTNERSHIP] = "A comprehensive, tailor-made EU partnership with a country of origin or transit.",
        [PartnershipKind.OPERATIONAL_PARTNERSHIP] = "An anti-smuggling operational partnership launched by the EU with a partner.",
        [PartnershipKind.TALENT_PARTNERSHIP] = "A talent partnership: legal migration, work and training mobility matched to EU needs.",
        [PartnershipKind.READMISSION_AGREEMENT] = "An agreement on the readmission of people with no right to stay.",
        [PartnershipKind.MEMORANDUM_OF_UNDERSTANDING] = "A memorandum of understanding.",
        [PartnershipKind.DECLARATION_OF_INTENT] = "A declaration of intent.",
        [PartnershipKind.STATEMENT] = "A joint statement.",
        [PartnershipKind.DIALOGUE] = "An intergovernmental dialogue, such as the Rabat or Khartoum Process.",
        [PartnershipKind.ACTION_PLAN] = "An action plan.",
        [PartnershipKind.OTHER] = "Another kind of instrument.",
    });

public sealed class ProgrammeKindEnum() : DescribedEnum<ProgrammeKind>("ProgrammeKind",
    "The kind of programme that implements a partnership.",
    new Dictionary<ProgrammeKind, string>
    {
        [ProgrammeKind.AVRR] = "Assisted voluntary return and reintegration.",
        [ProgrammeKind.ACTION_PLAN] = "An action plan carried out as a programme.",
        [ProgrammeKind.MOBILITY] = "Work or training mobility.",
        [ProgrammeKind.CAPACITY_BUILDING] = "Building the capacity of partner authorities.",
        [ProgrammeKind.OTHER] = "Another kind of programme.",
    });

public sealed class OrganisationKindEnum() : DescribedEnum<OrganisationKind>("OrganisationKind",
    "What kind of body an organisation is.",
    new Dictionary<OrganisationKind, string>
    {
        [OrganisationKind.EU_INSTITUTION] = "An institution of the European Union (Council, Commission...).",
        [OrganisationKind.EU_AGENCY] = "An agency of the European Union (Frontex, Europol...).",
        [OrganisationKind.NATIONAL_MINISTRY] = "A ministry of a national government.",
        [OrganisationKind.INTERNATIONAL_ORGANISATION] = "An international organisation (IOM, UNHCR...).",
        [OrganisationKind.INTERGOVERNMENTAL_FORUM] = "An intergovernmental forum.",
        [OrganisationKind.OTHER] = "Another kind of body.",
    });

public sealed class RecurrenceEnum() : DescribedEnum<Recurrence>("Recurrence",
    "How often a commitment is carried out.",
    new Dictionary<Recurrence, string>
    {
        [Recurrence.ONCE] = "Once.",
        [Recurrence.ONGOING] = "Continuously.",
        [Recurrence.YEARLY] = "Every year.",
    });

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
        [NodeLabel.Document] = "A source document.",
    });

public sealed class RelationTypeEnum() : DescribedEnum<RelationType>("RelationType",
    "The kinds of relationship in the policy graph.",
    new Dictionary<RelationType, string>
    {
        [RelationType.ON_ROUTE] = "Country to Route: the country plays a role on the route.",
        [RelationType.LEG] = "Country to Country: one hop of movement along a route.",
        [RelationType.IN_REGION] = "Country to Region: the country belongs to the region.",
        [RelationType.SIGNED_BY] = "Partnership to Country or Organisation: a signatory.",
        [RelationType.WITH_PARTNER] = "Partnership to Country or Region: a partner.",
        [RelationType.COVERS] = "Partnership or Programme to Sector: a key sector it works in.",
        [RelationType.USES_POLICY] = "Partnership to PolicyArea: a policy area it draws on.",
        [RelationType.TARGETS] = "Partnership to Route: a route it addresses.",
        [RelationType.PART_OF] = "Programme to Partnership: the programme implements the partnership.",
        [RelationType.RETURNS_FROM] = "Programme to Country: returns start from this country.",
        [RelationType.RETURNS_TO] = "Programme to Country: returns go to this country.",
        [RelationType.IMPLEMENTED_BY] = "Programme to Organisation: an implementer.",
        [RelationType.COMMITS_TO] = "Partnership to Commitment: what the signatories undertake.",
        [RelationType.MEASURES] = "Indicator to Route: the figure is about this route.",
        [RelationType.SOURCED_FROM] = "Any node to Document: the fact comes from this document.",
    });

public sealed class TimelineEventKindEnum() : DescribedEnum<TimelineEventKind>("TimelineEventKind",
    "What happened to a partnership on a date.",
    new Dictionary<TimelineEventKind, string>
    {
        [TimelineEventKind.SIGNED] = "It was signed or adopted.",
        [TimelineEventKind.LAUNCHED] = "It was launched (operational partnerships are launched, not signed).",
        [TimelineEventKind.SUSPENDED] = "It was suspended.",
        [TimelineEventKind.ENDED] = "It ended.",
    });
