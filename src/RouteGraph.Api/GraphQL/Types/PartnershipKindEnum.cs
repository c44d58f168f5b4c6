using RouteGraph.Core.Model;

namespace RouteGraph.Api.GraphQL.Types;

public sealed class PartnershipKindEnum() : DescribedEnum<PartnershipKind>("PartnershipKind",
    "The kind of instrument a partnership is, from a binding agreement to a political dialogue.",
    new Dictionary<PartnershipKind, string>
    {
        [PartnershipKind.COMPREHENSIVE_PARTNERSHIP] = "A comprehensive, tailor-made EU partnership with a country of origin or transit.",
        [PartnershipKind.OPERATIONAL_PARTNERSHIP] = "An anti-smuggling operational partnership launched by the EU with a partner.",
        [PartnershipKind.TALENT_PARTNERSHIP] = "A talent partnership: legal migration, work and training mobility matched to EU needs.",
        [PartnershipKind.MOBILITY_PARTNERSHIP] = "An EU mobility partnership: a political declaration on legal migration, mobility and return.",
        [PartnershipKind.READMISSION_AGREEMENT] = "An agreement on the readmission of people with no right to stay.",
        [PartnershipKind.AGREEMENT] = "A bilateral or international agreement or treaty other than a readmission agreement.",
        [PartnershipKind.MEMORANDUM_OF_UNDERSTANDING] = "A memorandum of understanding.",
        [PartnershipKind.DECLARATION_OF_INTENT] = "A declaration of intent.",
        [PartnershipKind.STATEMENT] = "A joint statement.",
        [PartnershipKind.DIALOGUE] = "An intergovernmental dialogue, such as the Rabat or Khartoum Process.",
        [PartnershipKind.ACTION_PLAN] = "An action plan.",
        [PartnershipKind.STRATEGY] = "An EU strategy or policy framework.",
        [PartnershipKind.SUPPORT_PACKAGE] = "A package of support (funding) agreed with a partner.",
        [PartnershipKind.OTHER] = "Another kind of instrument.",
    });
