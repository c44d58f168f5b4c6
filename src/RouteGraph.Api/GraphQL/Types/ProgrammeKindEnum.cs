using RouteGraph.Core.Model;

namespace RouteGraph.Api.GraphQL.Types;

public sealed class ProgrammeKindEnum() : DescribedEnum<ProgrammeKind>("ProgrammeKind",
    "The kind of programme that implements a partnership.",
    new Dictionary<ProgrammeKind, string>
    {
        [ProgrammeKind.AVRR] = "Assisted voluntary return and reintegration.",
        [ProgrammeKind.ACTION_PLAN] = "An action plan carried out as a programme.",
        [ProgrammeKind.MOBILITY] = "Work or training mobility.",
        [ProgrammeKind.CAPACITY_BUILDING] = "Building the capacity of partner authorities.",
        [ProgrammeKind.TRUST_FUND] = "A fund financing actions in partner countries.",
        [ProgrammeKind.OTHER] = "Another kind of programme.",
    });
