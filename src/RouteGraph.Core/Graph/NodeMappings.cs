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
                id, p.Required("iso3"), Names(p), p.List("aliases"), Centroid(p), p.RequiredBool("euMember")),
            [NodeLabel.Region] = (id, p) => new Region(id, Names(p), p.List("aliases")),
            [NodeLabel.Route] = (id, p) => new Route(id, Names(p), p.RequiredEnum<RouteMode>("mode"), p.Text("description"), p.List("aliases")),
            [NodeLabel.Partnership] = (id, p) => new Partnership(
                id, Names(p, "title"), p.RequiredEnum<PartnershipKind>("kind"), p.RequiredEnum<PartnershipLevel>("level"),
                p.Bool("legallyBinding"), p.Text("summary"), p.Text("statusNote"), p.List("aliases")),
            [NodeLabel.Sector] = SectorNode,
            [NodeLabel.PolicyArea] = (id, p) => new PolicyArea(id, Names(p)),
            [NodeLabel.Programme] = (id, p) => new Programme(id, Names(p), p.RequiredEnum<ProgrammeKind>("kind"), p.Text("summary")),
            [NodeLabel.Organisation] = (id, p) => new Organisation(id, Names(p), p.RequiredEnum<OrganisationKind>("kind"), p.List("aliases")),
            [NodeLabel.Commitment] = (id, p) => new Commitment(id, p.Required("text"), p.Enum<Sector>("sector"), p.Enum<Recurrence>("recurrence")),
            [NodeLabel.Indicator] = Indicator,
            [NodeLabel.LifecycleEvent] = (id, p) => new LifecycleEvent(id, p.RequiredEnum<LifecycleEventKind>("kind"), p.PartialDate("date"), p.Text("note")),
            [NodeLabel.Document] = (id, p) => new Document(
                id, p.Required("title"), p.Required("publisher"), p.PartialDate("date"), p.Text("url"), p.Required("language")),
        }.ToFrozenDictionary();

    /// <summary>A name (or title) and its Italian and French forms: <c>name</c>, <c>nameIt</c>, <c>nameFr</c>.</summary>
    static LocalisedNames Names(CheckedProperties p, string property = "name") =>
        new(p.Required(property), p.Text(property + "It"), p.Text(property + "Fr"));

    /// <summary>The rank is the sector's place in the Council's list of five, which the API promises is 1 to 5.</summary>
    static KeySector SectorNode(string id, CheckedProperties p)
    {
        var rank = p.SmallInt("rank");
        if (rank is < 1 or > 5)
            p.Report("rank", $"'rank' {rank} is outside 1..5 (the Council page lists five key sectors)");
        return new KeySector(id, p.RequiredEnum<Sector>("code"), rank ?? 0, Names(p));
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
