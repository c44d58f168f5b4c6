using CoreSector = RouteGraph.Core.Model.Sector;

namespace RouteGraph.Api.GraphQL.Types;

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
