using System.Collections.Immutable;
using RouteGraph.Core.Graph;
using RouteGraph.Core.Model;

namespace RouteGraph.Core.Analytics;

/// <summary>
/// Where a route's third countries of origin, transit and departure have an active partnership,
/// sector by sector, on a day — and where they have none, and why: the gaps a route-based
/// approach has to close. A partnership covers a (country, sector) only when the country is its
/// partner (directly or through a partner region) and it covers the sector; a route it targets
/// covers nothing by itself.
/// </summary>
public static class RouteCoverageAnalysis
{
    /// <summary>The roles that give a country a row: partnerships are sought with origin, transit and departure countries.</summary>
    public static ImmutableArray<RouteRole> MatrixRoles { get; } = [RouteRole.ORIGIN, RouteRole.TRANSIT, RouteRole.DEPARTURE];

    /// <summary>The coverage matrix of a route on a day, with a scenario applied when given; null for an unknown route.</summary>
    /// <exception cref="ArgumentException">The scenario names an unknown partnership or partner, or a hypothetical partnership with no partner or sector.</exception>
    public static RouteCoverage? Compute(PolicyGraph graph, string routeId, DateOnly day, CoverageScenario? scenario = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        if (graph.Node<Route>(routeId) is not { } route)
            return null;
        scenario ??= CoverageScenario.None;
        var plan = Plan.For(graph, scenario);
        if (scenario.IsEmpty)
            return Matrix(graph, route, day, plan, baseline: null);

        var baseline = Matrix(graph, route, day, Plan.For(graph, CoverageScenario.None), baseline: null);
        return Matrix(graph, route, day, plan, baseline);
    }

    /// <summary>
    /// The route's coverage counts from <paramref name="from"/> to <paramref name="to"/>: a point on
    /// <paramref name="from"/> and on each later day the counts may change. Only one sector's column when given.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="to"/> before <paramref name="from"/>, or a bad scenario.</exception>
    public static CoverageTrend? Trend(PolicyGraph graph, string routeId, DateOnly from, DateOnly to, Sector? sector = null, CoverageScenario? scenario = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        if (to < from)
            throw new ArgumentException($"'to' {to:yyyy-MM-dd} is before 'from' {from:yyyy-MM-dd}.", nameof(to));
        if (graph.Node<Route>(routeId) is not { } route)
            return null;
        var plan = Plan.For(graph, scenario ?? CoverageScenario.None);

        // Each cell's lifecycles once; then, per day, only their statuses: the counts need no cell records.
        var context = AnalyticsContext.Of(graph);
        var cells = new List<Lifecycle[]>();
        foreach (var member in Rows(graph, route))
        {
            var partnerships = plan.PartnershipsWith(member.Country).ToList();
            var hypotheticals = plan.HypotheticalsWith(member.Country);
            foreach (var s in SectorsInRankOrder(graph).Where(s => sector is not { } only || s == only))
            {
                cells.Add([
                    .. partnerships.Where(p => context.Covers(p, s)).Select(graph.LifecycleOf),
                    .. hypotheticals.Where(h => h.Sectors.Contains(s)).Select(h => h.Lifecycle),
                ]);
            }
        }

        // The days any lifecycle behind a cell can change: the only days the counts can.
        var days = new SortedSet<DateOnly> { from };
        foreach (var lifecycle in cells.SelectMany(c => c).Distinct())
            days.UnionWith(lifecycle.ChangeDays.Where(d => d > from && d <= to));

        var points = ImmutableArray.CreateBuilder<CoveragePoint>(days.Count);
        CoverageCounts? previous = null;
        foreach (var day in days)
        {
            var (covered, gap, unknown) = (0, 0, 0);
            foreach (var lifecycles in cells)
            {
                switch (StateOn(lifecycles, day))
                {
                    case CoverageState.COVERED: covered++; break;
                    case CoverageState.GAP: gap++; break;
                    default: unknown++; break;
                }
            }

            var counts = new CoverageCounts(covered, gap, unknown);
            if (counts != previous)
                points.Add(new CoveragePoint(day, counts));
            previous = counts;
        }

        return new CoverageTrend(route, from, to, sector, points.ToImmutable());
    }

    /// <summary>The documents (and quotes) behind each partnership that decides a cell: partner, sector and lifecycle up to the day.</summary>
    public static ImmutableArray<CoverageEvidence> EvidenceOf(PolicyGraph graph, CoverageCell cell)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(cell);
        var evidence = ImmutableArray.CreateBuilder<CoverageEvidence>();
        var regions = graph.Targets<Region>(cell.Country.Id, RelationType.IN_REGION).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var partnership in cell.Partnerships)
        {
            foreach (var with in graph.Out(partnership.Id, RelationType.WITH_PARTNER).Where(r => r.ToId == cell.Country.Id || regions.Contains(r.ToId)))
                Add(EvidenceFact.PARTNER, partnership, partnership, with.SourceId, null);
            foreach (var covers in graph.Out(partnership.Id, RelationType.COVERS).Where(r => graph.Node<KeySector>(r.ToId)?.Code == cell.Sector))
                Add(EvidenceFact.SECTOR, partnership, partnership, covers.SourceId, null);
            foreach (var e in graph.LifecycleOf(partnership).Events.Where(e => e.Date is not { } date || date.Earliest <= cell.Day))
            {
                foreach (var source in graph.SourcesOf(e))
                    evidence.Add(new CoverageEvidence(EvidenceFact.LIFECYCLE, partnership, source.Document, source.Quote, e));
            }
        }

        return evidence.ToImmutable();

        // A relationship names its document; the quote is the one the node holds from that document.
        void Add(EvidenceFact fact, Partnership partnership, PolicyNode quoted, string? documentId, LifecycleEvent? e)
        {
            if (documentId is null || graph.Node<Document>(documentId) is not { } document)
                return;
            var quote = graph.SourcesOf(quoted).FirstOrDefault(s => s.Document.Id == documentId && !string.IsNullOrEmpty(s.Quote))?.Quote;
            evidence.Add(new CoverageEvidence(fact, partnership, document, quote, e));
        }
    }

    /// <summary>The five sectors by the rank the graph gives them (enum order for any the graph does not hold).</summary>
    internal static ImmutableArray<Sector> SectorsInRankOrder(PolicyGraph graph) =>
        [.. Enum.GetValues<Sector>().OrderBy(s => graph.Sector(s)?.Rank ?? int.MaxValue).ThenBy(s => s)];

    /// <summary>The route's members that get a row: third countries with a matrix role, by name.</summary>
    static IEnumerable<RouteMembership> Rows(PolicyGraph graph, Route route) =>
        graph.RouteMembers(route.Id).Where(m => !m.Country.EuMember && m.Roles.Any(MatrixRoles.Contains));

    static RouteCoverage Matrix(PolicyGraph graph, Route route, DateOnly day, Plan plan, RouteCoverage? baseline)
    {
        var context = AnalyticsContext.Of(graph);
        var sectors = SectorsInRankOrder(graph);
        var before = baseline?.Cells.ToDictionary(c => (c.Country.Id, c.Sector));
        var rows = ImmutableArray.CreateBuilder<CoverageRow>();
        foreach (var member in Rows(graph, route))
        {
            var roles = member.Roles.Where(MatrixRoles.Contains).ToImmutableArray();
            var partnerships = plan.PartnershipsWith(member.Country)
                .Select(p => new PartnershipOnDay(p, graph.LifecycleOf(p).StatusOn(day)))
                .ToList();
            var hypotheticals = plan.HypotheticalsWith(member.Country)
                .Select(h => new HypotheticalOnDay(h, h.Lifecycle.StatusOn(day)))
                .ToList();
            var programmes = Activities(graph, member.Country, day);

            var cells = ImmutableArray.CreateBuilder<CoverageCell>(sectors.Length);
            foreach (var sector in sectors)
            {
                ImmutableArray<PartnershipOnDay> considered = [.. partnerships.Where(p => context.Covers(p.Partnership, sector))];
                ImmutableArray<HypotheticalOnDay> imagined = [.. hypotheticals.Where(h => h.Partnership.Sectors.Contains(sector))];
                var (state, reason) = Decide(considered, imagined);
                var changed = before is not null && before.TryGetValue((member.Country.Id, sector), out var old) && (old.State, old.Reason) != (state, reason);
                cells.Add(new CoverageCell(member.Country, roles, sector, day, state, reason, considered, imagined,
                    [.. programmes.Where(a => context.Covers(a.Programme, sector))], changed));
            }

            rows.Add(new CoverageRow(member.Country, roles, cells.MoveToImmutable()));
        }

        return new RouteCoverage(route, day, sectors, rows.ToImmutable(), baseline is not null);
    }

    /// <summary>
    /// The state of a cell from the statuses of the partnerships there: COVERED when one is active;
    /// otherwise UNKNOWN when one is uncertain; otherwise a GAP, for the reason nearest to covering
    /// (suspended, then ended, then not yet active), or because there never was one.
    /// </summary>
    internal static (CoverageState State, CoverageReason? Reason) Decide(
        ImmutableArray<PartnershipOnDay> considered, ImmutableArray<HypotheticalOnDay> imagined)
    {
        // One pass over both lists, no allocation: this runs for every cell of every matrix.
        var (any, undated, imprecise, suspended, ended) = (false, false, false, false, false);
        foreach (var c in considered)
        {
            if (Note(c.Status))
                return (CoverageState.COVERED, null);
        }

        foreach (var h in imagined)
        {
            if (Note(h.Status))
                return (CoverageState.COVERED, null);
        }

        if (undated || imprecise)
            return (CoverageState.UNKNOWN, undated ? CoverageReason.UNDATED : CoverageReason.IMPRECISE_DATE);
        return (CoverageState.GAP, !any ? CoverageReason.NO_PARTNERSHIP
            : suspended ? CoverageReason.SUSPENDED
            : ended ? CoverageReason.ENDED
            : CoverageReason.NOT_YET_ACTIVE);

        // Records one status; true when it is active (the cell is covered, nothing else matters).
        bool Note(LifecycleStatus status)
        {
            any = true;
            switch (status.Status)
            {
                case PartnershipStatus.ACTIVE: return true;
                case PartnershipStatus.UNCERTAIN:
                    undated |= status.Uncertainty == StatusUncertainty.UNDATED;
                    imprecise |= status.Uncertainty != StatusUncertainty.UNDATED;
                    break;
                case PartnershipStatus.SUSPENDED: suspended = true; break;
                case PartnershipStatus.ENDED: ended = true; break;
            }

            return false;
        }
    }

    /// <summary>The state alone, as <see cref="Decide"/> gives it, without building the reason.</summary>
    static CoverageState StateOn(Lifecycle[] lifecycles, DateOnly day)
    {
        var state = CoverageState.GAP;
        foreach (var lifecycle in lifecycles)
        {
            switch (lifecycle.StatusOn(day).Status)
            {
                case PartnershipStatus.ACTIVE: return CoverageState.COVERED;
                case PartnershipStatus.UNCERTAIN: state = CoverageState.UNKNOWN; break;
            }
        }

        return state;
    }

    /// <summary>Programmes acting in a country (returns from or to it), with their status on the day.</summary>
    static List<CoverageActivity> Activities(PolicyGraph graph, Country country, DateOnly day) =>
    [
        .. new[] { RelationType.RETURNS_FROM, RelationType.RETURNS_TO }
            .SelectMany(type => graph.Sources<Programme>(country.Id, type).Select(p => (Programme: p, Type: type)))
            .OrderBy(a => a.Programme.Id, StringComparer.Ordinal)
            .ThenBy(a => a.Type)
            .Select(a => new CoverageActivity(a.Programme, a.Type, graph.LifecycleOf(a.Programme).StatusOn(day))),
    ];

    /// <summary>A scenario checked against the graph and ready to apply: which partnerships remain, which hypothetical ones are with whom.</summary>
    sealed class Plan
    {
        readonly PolicyGraph _graph;
        readonly HashSet<string> _without;
        readonly Dictionary<string, List<HypotheticalPartnership>> _hypotheticalsByCountry = new(StringComparer.Ordinal);

        Plan(PolicyGraph graph, HashSet<string> without)
        {
            _graph = graph;
            _without = without;
        }

        public static Plan For(PolicyGraph graph, CoverageScenario scenario)
        {
            var without = scenario.Without.IsDefaultOrEmpty ? [] : scenario.Without.ToHashSet(StringComparer.Ordinal);
            foreach (var id in without)
            {
                if (graph.Node<Partnership>(id) is null)
                    throw new ArgumentException($"The scenario leaves out '{id}', which is not a partnership of the graph.", nameof(scenario));
            }

            var plan = new Plan(graph, without);
            foreach (var h in scenario.Add.IsDefault ? [] : scenario.Add)
            {
                if (h.PartnerIds.IsDefaultOrEmpty)
                    throw new ArgumentException($"The hypothetical partnership '{h.Title}' names no partner.", nameof(scenario));
                if (h.Sectors.IsDefaultOrEmpty)
                    throw new ArgumentException($"The hypothetical partnership '{h.Title}' covers no sector.", nameof(scenario));
                foreach (var country in h.PartnerIds.SelectMany(id => PartnerCountries(graph, id, h)).Distinct(ById<Country>.Instance))
                {
                    if (!plan._hypotheticalsByCountry.TryGetValue(country.Id, out var list))
                        plan._hypotheticalsByCountry[country.Id] = list = [];
                    list.Add(h);
                }
            }

            return plan;
        }

        /// <summary>The partnerships a cell weighs, in signing order (as the matrix lists them), less those the scenario leaves out.</summary>
        public IEnumerable<Partnership> PartnershipsWith(Country country)
        {
            var all = AnalyticsContext.Of(_graph).PartnershipsWith(country);
            return _without.Count == 0 ? all : all.Where(p => !_without.Contains(p.Id));
        }

        public IReadOnlyList<HypotheticalPartnership> HypotheticalsWith(Country country) =>
            _hypotheticalsByCountry.GetValueOrDefault(country.Id) ?? [];

        static IEnumerable<Country> PartnerCountries(PolicyGraph graph, string id, HypotheticalPartnership h) => graph.Node(id.Trim()) switch
        {
            Country country => [country],
            Region region => graph.RegionMembers(region.Id),
            _ => graph.Country(id) is { } byIso
                ? [byIso]
                : throw new ArgumentException($"The hypothetical partnership '{h.Title}' names partner '{id}', which is neither a country nor a region of the graph.", "scenario"),
        };
    }
}
