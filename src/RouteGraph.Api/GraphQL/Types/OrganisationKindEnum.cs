using RouteGraph.Core.Model;

namespace RouteGraph.Api.GraphQL.Types;

public sealed class OrganisationKindEnum() : DescribedEnum<OrganisationKind>("OrganisationKind",
    "What kind of body an organisation is.",
    new Dictionary<OrganisationKind, string>
    {
        [OrganisationKind.EU_INSTITUTION] = "An institution of the European Union (Council, Commission...).",
        [OrganisationKind.EU_AGENCY] = "An agency of the European Union (Frontex, Europol...).",
        [OrganisationKind.NATIONAL_MINISTRY] = "A ministry of a national government.",
        [OrganisationKind.NATIONAL_GOVERNMENT] = "A national government as a whole.",
        [OrganisationKind.INTERNATIONAL_ORGANISATION] = "An international organisation (IOM, UNHCR...).",
        [OrganisationKind.INTERGOVERNMENTAL_FORUM] = "An intergovernmental forum.",
        [OrganisationKind.OTHER] = "Another kind of body.",
    });
