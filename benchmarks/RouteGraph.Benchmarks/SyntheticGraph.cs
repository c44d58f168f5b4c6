using RouteGraph.Core.Graph;
using RouteGraph.Core.Model;

namespace RouteGraph.Benchmarks;

/// <summary>
/// A policy graph much larger than the seed, generated deterministically (same graph on every run
/// and machine): countries, regions, routes with ON_ROUTE roles and LEG chains plus cross-legs,
/// partnerships with partners, targeted routes and sectors, the five sectors.
/// </summary>
public static class SyntheticGraph
{
    public static PolicyGraph Create(int countries = 200, int routes = 20, int partnerships = 2000, int regions = 10)
    {
        var random = new SplitMix(20240612);
        var nodes = new List<PolicyNode>();
        var relations = new List<PolicyRelation>();

        var countryIds = Enumerable.Range(0, countries).Select(IsoCode).ToArray();
        for (var i = 0; i < countries; i++)
        {
            nodes.Add(new Country(countryIds[i], countryIds[i] + "X", new($"Country {i:D3}", $"Paese {i:D3}", $"Pays {i:D3}"), [$"Land {i:D3}"],
                new GeoPoint(random.Next(-3500, 6000) / 100.0, random.Next(-2000, 5000) / 100.0), i % 7 == 0));
        }

        foreach (var (code, rank) in Enum.GetValues<Sector>().Select((s, i) => (s, i + 1)))
            nodes.Add(new KeySector(SectorId(code), code, rank, new(code.ToString(), "Settore " + rank, "Secteur " + rank)));

        for (var r = 0; r < regions; r++)
        {
            var id = $"region-{r:D2}";
            nodes.Add(new Region(id, new($"Region {r:D2}", $"Regione {r:D2}", null), []));
            for (var i = r; i < countries; i += regions * 2)
                relations.Add(new(RelationType.IN_REGION, countryIds[i], id));
        }

        for (var r = 0; r < routes; r++)
        {
            var id = $"route-{r:D2}";
            nodes.Add(new Route(id, new($"Route {r:D2}", $"Rotta {r:D2}", null), (RouteMode)(r % 3), null, []));
            // 8 to 15 distinct countries, travelled in that order: origins, transits, a departure, an arrival.
            var members = random.Distinct(8 + random.Next(0, 8), countries).Select(i => countryIds[i]).ToArray();
            for (var m = 0; m < members.Length; m++)
            {
                var role = m == members.Length - 1 ? RouteRole.ARRIVAL
                    : m == members.Length - 2 ? RouteRole.DEPARTURE
                    : m < members.Length / 3 ? RouteRole.ORIGIN
                    : RouteRole.TRANSIT;
                relations.Add(new(RelationType.ON_ROUTE, members[m], id, Role: role));
                if (role == RouteRole.DEPARTURE)
                    relations.Add(new(RelationType.ON_ROUTE, members[m], id, Role: RouteRole.TRANSIT));
                if (m + 1 < members.Length)
                    relations.Add(new(RelationType.LEG, members[m], members[m + 1], RouteId: id, Mode: RouteMode.LAND));
                // Shortcuts make several paths between the same countries.
                if (m + 2 < members.Length && random.Next(0, 3) == 0)
                    relations.Add(new(RelationType.LEG, members[m], members[m + 2], RouteId: id, Mode: RouteMode.SEA));
            }
        }

        var kinds = Enum.GetValues<PartnershipKind>();
        void Event(string subject, LifecycleEventKind kind, PartialDate date)
        {
            var id = $"{subject}-{kind.ToString().ToLowerInvariant()}";
            nodes.Add(new LifecycleEvent(id, kind, date, null));
            relations.Add(new(RelationType.HAS_EVENT, subject, id));
        }

        var start = new DateOnly(2000, 1, 1);
        for (var p = 0; p < partnerships; p++)
        {
            var id = $"partnership-{p:D4}";
            // One in ten undated; one in six known to the year only; one in five ended.
            DateOnly? signed = random.Next(0, 10) == 0 ? null : start.AddDays(random.Next(0, 9000));
            DateOnly? ended = signed is { } s && random.Next(0, 5) == 0 ? s.AddDays(random.Next(200, 3000)) : null;
            nodes.Add(new Partnership(id, new($"Partnership {p:D4} on migration", $"Partenariato {p:D4}", null), kinds[random.Next(0, kinds.Length)],
                PartnershipLevel.BILATERAL, random.Next(0, 2) == 0, "A generated partnership for benchmarks.", null, []));
            if (signed is { } day)
            {
                var date = random.Next(0, 6) == 0 ? PartialDate.Parse($"{day.Year:0000}") : PartialDate.Of(day);
                Event(id, LifecycleEventKind.SIGNED, date);
            }

            if (ended is { } end)
                Event(id, LifecycleEventKind.ENDED, PartialDate.Of(end));
            foreach (var partner in random.Distinct(1 + random.Next(0, 3), countries))
                relations.Add(new(RelationType.WITH_PARTNER, id, countryIds[partner]));
            if (random.Next(0, 20) == 0)
                relations.Add(new(RelationType.WITH_PARTNER, id, $"region-{random.Next(0, regions):D2}"));
            if (random.Next(0, 10) == 0)
                relations.Add(new(RelationType.TARGETS, id, $"route-{random.Next(0, routes):D2}"));
            foreach (var sector in random.Distinct(1 + random.Next(0, 3), 5))
                relations.Add(new(RelationType.COVERS, id, SectorId((Sector)sector)));
        }

        return PolicyGraph.Create("synthetic", nodes, relations);
    }

    static string IsoCode(int i) => $"{(char)('A' + i / 26)}{(char)('A' + i % 26)}";

    static string SectorId(Sector code) => code.ToString().ToLowerInvariant().Replace('_', '-');

    /// <summary>SplitMix64: a tiny generator whose sequence does not depend on the runtime version, unlike System.Random's.</summary>
    sealed class SplitMix(ulong state)
    {
        public int Next(int minInclusive, int maxExclusive) => minInclusive + (int)(NextULong() % (ulong)(maxExclusive - minInclusive));

        /// <summary>Distinct numbers below a bound, in the order drawn.</summary>
        public List<int> Distinct(int count, int below)
        {
            var seen = new HashSet<int>();
            var picked = new List<int>();
            while (picked.Count < Math.Min(count, below))
            {
                var next = Next(0, below);
                if (seen.Add(next))
                    picked.Add(next);
            }

            return picked;
        }

        ulong NextULong()
        {
            var z = state += 0x9E3779B97F4A7C15;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
            return z ^ (z >> 31);
        }
    }
}
