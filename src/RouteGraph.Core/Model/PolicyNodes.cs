namespace RouteGraph.Core.Model;

/// <summary>A node of the policy graph. Ids share one space: ISO alpha-2 for countries, kebab-case slugs otherwise.</summary>
public abstract record PolicyNode(string Id)
{
    public abstract NodeLabel Label { get; }

    /// <summary>The name a person reads: a country's English name, a partnership's title.</summary>
    public abstract string DisplayName { get; }

    /// <summary>Every name, title and alias held for this node, in every language, for search.</summary>
    public virtual IEnumerable<string> SearchTexts => [DisplayName];
}

/// <summary>A point on the map (WGS 84 degrees).</summary>
public readonly record struct GeoPoint(double Lat, double Lon);

public sealed record Country(
    string Id,
    string Iso3,
    string Name,
    string? NameIt,
    IReadOnlyList<string> Aliases,
    GeoPoint? Centroid,
    bool EuMember) : PolicyNode(Id)
{
    public string Iso2 => Id;
    public override NodeLabel Label => NodeLabel.Country;
    public override string DisplayName => Name;
    public override IEnumerable<string> SearchTexts => [Name, .. Optional(NameIt), Iso2, Iso3, .. Aliases];

    /// <summary>The name in a language ("en", "it"); English when that language is not held.</summary>
    public string NameIn(string? language) => language?.ToLowerInvariant() switch
    {
        "it" => NameIt ?? Name,
        _ => Name,
    };

    internal static IEnumerable<string> Optional(string? text) => text is null ? [] : [text];
}

public sealed record Region(string Id, string Name, string? NameIt, IReadOnlyList<string> Aliases) : PolicyNode(Id)
{
    public override NodeLabel Label => NodeLabel.Region;
    public override string DisplayName => Name;
    public override IEnumerable<string> SearchTexts => [Name, .. Country.Optional(NameIt), .. Aliases];
}

public sealed record Route(string Id, string Name, string? NameIt, RouteMode Mode, string? Description, IReadOnlyList<string> Aliases)
    : PolicyNode(Id)
{
    public override NodeLabel Label => NodeLabel.Route;
    public override string DisplayName => Name;
    public override IEnumerable<string> SearchTexts => [Name, .. Country.Optional(NameIt), .. Aliases];
}

/// <summary>Kinds of partnership instrument, from a binding agreement to a political dialogue.</summary>
public enum PartnershipKind
{
    /// <summary>The EU's comprehensive, tailor-made partnerships with countries of origin and transit.</summary>
    COMPREHENSIVE_PARTNERSHIP,
    /// <summary>Anti-smuggling operational partnership launched by the EU with a partner.</summary>
    OPERATIONAL_PARTNERSHIP,
    TALENT_PARTNERSHIP,
    READMISSION_AGREEMENT,
    MEMORANDUM_OF_UNDERSTANDING,
    DECLARATION_OF_INTENT,
    STATEMENT,
    /// <summary>An intergovernmental dialogue such as the Rabat or Khartoum Process.</summary>
    DIALOGUE,
    ACTION_PLAN,
    OTHER,
}

public sealed record Partnership(
    string Id,
    string Title,
    string? TitleIt,
    PartnershipKind Kind,
    PartnershipLevel Level,
    DateOnly? SignedOn,
    DateOnly? SuspendedOn,
    DateOnly? EndedOn,
    PartnershipStatus Status,
    bool? LegallyBinding,
    string? Summary,
    IReadOnlyList<string> Aliases) : PolicyNode(Id)
{
    public override NodeLabel Label => NodeLabel.Partnership;
    public override string DisplayName => Title;
    public override IEnumerable<string> SearchTexts => [Title, .. Country.Optional(TitleIt), .. Aliases];

    /// <summary>
    /// In force on a date: signed on or before it and not ended (or suspended) before it.
    /// An unknown signing date cannot be placed in time, so it is never active on a given date.
    /// </summary>
    public bool IsActiveOn(DateOnly date) =>
        SignedOn is { } signed && signed <= date
        && (EndedOn is not { } ended || ended >= date)
        && (SuspendedOn is not { } suspended || suspended > date)
        && Status != PartnershipStatus.PLANNED;
}

/// <summary>One of the five key sectors (Council of the EU) as a node of the graph.</summary>
public sealed record KeySector(string Id, Sector Code, int Rank, string Name, string NameIt) : PolicyNode(Id)
{
    public override NodeLabel Label => NodeLabel.Sector;
    public override string DisplayName => Name;
    public override IEnumerable<string> SearchTexts => [Name, NameIt];
}

/// <summary>A policy area partnerships draw on as leverage (education, visas, trade...).</summary>
public sealed record PolicyArea(string Id, string Name, string NameIt) : PolicyNode(Id)
{
    public override NodeLabel Label => NodeLabel.PolicyArea;
    public override string DisplayName => Name;
    public override IEnumerable<string> SearchTexts => [Name, NameIt];
}

public enum ProgrammeKind
{
    /// <summary>Assisted voluntary return and reintegration.</summary>
    AVRR,
    ACTION_PLAN,
    MOBILITY,
    CAPACITY_BUILDING,
    OTHER,
}

public sealed record Programme(
    string Id,
    string Name,
    string? NameIt,
    ProgrammeKind Kind,
    string? Summary,
    int? StartYear,
    int? EndYear) : PolicyNode(Id)
{
    public override NodeLabel Label => NodeLabel.Programme;
    public override string DisplayName => Name;
    public override IEnumerable<string> SearchTexts => [Name, .. Country.Optional(NameIt)];
}

public enum OrganisationKind
{
    EU_INSTITUTION,
    EU_AGENCY,
    NATIONAL_MINISTRY,
    INTERNATIONAL_ORGANISATION,
    INTERGOVERNMENTAL_FORUM,
    OTHER,
}

public sealed record Organisation(string Id, string Name, string? NameIt, OrganisationKind Kind, IReadOnlyList<string> Aliases)
    : PolicyNode(Id)
{
    public override NodeLabel Label => NodeLabel.Organisation;
    public override string DisplayName => Name;
    public override IEnumerable<string> SearchTexts => [Name, .. Country.Optional(NameIt), .. Aliases];
}

public enum Recurrence
{
    ONCE,
    ONGOING,
    YEARLY,
}

/// <summary>What the signatories of a partnership undertake.</summary>
public sealed record Commitment(string Id, string Text, Sector? Sector, Recurrence? Recurrence) : PolicyNode(Id)
{
    public override NodeLabel Label => NodeLabel.Commitment;
    public override string DisplayName => Text;
}

/// <summary>A measured figure about a route, such as smugglers' profits over a period.</summary>
public sealed record Indicator(
    string Id,
    string Metric,
    double? Value,
    string? Unit,
    bool Approximate,
    DateOnly? PeriodStart,
    DateOnly? PeriodEnd) : PolicyNode(Id)
{
    public override NodeLabel Label => NodeLabel.Indicator;
    public override string DisplayName => Metric;
}

/// <summary>A source document. Its url is set only when known exactly.</summary>
public sealed record Document(
    string Id,
    string Title,
    string Publisher,
    DateOnly? Date,
    string? Url,
    string Language) : PolicyNode(Id)
{
    public override NodeLabel Label => NodeLabel.Document;
    public override string DisplayName => Title;
}

/// <summary>
/// A relationship of the policy graph. Only the properties its type carries are set:
/// <c>Role</c> on ON_ROUTE, <c>RouteId</c> and <c>Mode</c> on LEG, <c>Quote</c> on SOURCED_FROM.
/// <c>SourceId</c> names the Document a relationship is taken from (every type but SOURCED_FROM).
/// </summary>
public sealed record PolicyRelation(
    RelationType Type,
    string FromId,
    string ToId,
    RouteRole? Role = null,
    string? RouteId = null,
    RouteMode? Mode = null,
    string? Quote = null,
    string? SourceId = null);
