using System.Collections.Frozen;
using RouteGraph.Core.Model;

namespace RouteGraph.Core.Graph;

/// <summary>
/// One small mapping per label, from checked properties to the typed node of Model/PolicyNodes.cs.
/// Property names, types and required-ness come from <see cref="GraphSchema"/> (checked before a
/// mapping runs); a mapping adds only the rules that span properties.
/// </summary>
internal static class NodeMappings
{
    public static FrozenDictionary<NodeLabel, Func<string, CheckedProperties, PolicyNode>> ByLabel { get; } =
        new Dictionary<NodeLabel, Func<string, CheckedProperties, PolicyNode>>
        {
            [NodeLabel.Country] = (id, p) => new Country(
                id, p.Required("iso3"), p.Required("name"), p.Text("nameIt"), p.List("aliases"), Centroid(p), p.RequiredBool("euMember")),
            [NodeLabel.Region] = (id, p) => new Region(id, p.Required("name"), p.Text("nameIt"), p.List("aliases")),
            [NodeLabel.Route] = (id, p) => new Route(
                id, p.Required("name"), p.Text("nameIt"), p.RequiredEnum<RouteMode>("mode"), p.Text("description"), p.List("aliases")),
            [NodeLabel.Partnership] = Partnership,
            [NodeLabel.Sector] = SectorNode,
            [NodeLabel.PolicyArea] = (id, p) => new PolicyArea(id, p.Required("name"), p.Required("nameIt")),
            [NodeLabel.Programme] = Programme,
            [NodeLabel.Organisation] = (id, p) => new Organisation(
                id, p.Required("name"), p.Text("nameIt"), p.RequiredEnum<OrganisationKind>("kind"), p.List("aliases")),
            [NodeLabel.Commitment] = (id, p) => new Commitment(id, p.Required("text"), p.Enum<Sector>("sector"), p.Enum<Recurrence>("recurrence")),
            [NodeLabel.Indicator] = Indicator,
            [NodeLabel.Document] = (id, p) => new Document(
                id, p.Required("title"), p.Required("publisher"), p.Date("date"), p.Text("url"), p.Required("language")),
        }.ToFrozenDictionary();

    static Partnership Partnership(string id, CheckedProperties p)
    {
        p.NotBefore("suspendedOn", "signedOn");
        p.NotBefore("endedOn", "signedOn");
        return new Partnership(
            id, p.Required("title"), p.Text("titleIt"), p.RequiredEnum<PartnershipKind>("kind"), p.RequiredEnum<PartnershipLevel>("level"),
            p.Date("signedOn"), p.Date("suspendedOn"), p.Date("endedOn"), p.RequiredEnum<PartnershipStatus>("status"),
            p.Bool("legallyBinding"), p.Text("summary"), p.List("aliases"));
    }

    /// <summary>The rank is the sector's place in the Council's list of five, which the API promises is 1 to 5.</summary>
    static KeySector SectorNode(string id, CheckedProperties p)
    {
        var rank = p.SmallInt("rank");
        if (rank is < 1 or > 5)
            p.Report("rank", $"'rank' {rank} is outside 1..5 (the Council page lists five key sectors)");
        return new KeySector(id, p.RequiredEnum<Sector>("code"), rank ?? 0, p.Required("name"), p.Required("nameIt"));
    }

    static Programme Programme(string id, CheckedProperties p)
    {
        var (start, end) = (p.SmallInt("startYear"), p.SmallInt("endYear"));
        if (start > end)
            p.Report("endYear", $"'endYear' {end} is before 'startYear' {start}");
        return new Programme(id, p.Required("name"), p.Text("nameIt"), p.RequiredEnum<ProgrammeKind>("kind"), p.Text("summary"), start, end);
    }

    static Indicator Indicator(string id, CheckedProperties p)
    {
        p.NotBefore("periodEnd", "periodStart");
        return new Indicator(
            id, p.Required("metric"), p.Float("value"), p.Text("unit"), p.RequiredBool("approximate"), p.Date("periodStart"), p.Date("periodEnd"));
    }

    /// <summary>A centroid needs both coordinates, each within its range.</summary>
    static GeoPoint? Centroid(CheckedProperties p)
    {
        var (lat, lon) = (p.Float("lat"), p.Float("lon"));
        if (lat is null && lon is null)
            return null;
        if (lat is null || lon is null)
        {
            p.Report(lat is null ? "lat" : "lon", "a centroid needs both 'lat' and 'lon'");
            return null;
        }

        if (lat is < -90 or > 90)
            p.Report("lat", $"'lat' {lat} is outside -90..90");
        if (lon is < -180 or > 180)
            p.Report("lon", $"'lon' {lon} is outside -180..180");
        return new GeoPoint(lat.Value, lon.Value);
    }
}
