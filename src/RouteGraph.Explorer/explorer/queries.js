// Every GraphQL document the explorer sends, written against the public schema (schema.graphql). build.mjs hashes them
// (SHA-256) at build time, so the page asks by hash over GET (automatic persisted queries, docs/caching.md) and a CDN
// can keep the answers. Each document stays shallow: a front end pays for what it nests (docs/graphql.md, Limits).

const source = `document { id title publisher date url }`;

export const queries = {
  // The pickers: routes and the five key sectors, named in the page's language.
  ExplorerRoutes: `query ExplorerRoutes($lang: String!) {
  routes { id name(lang: $lang) }
  sectors { code rank name(lang: $lang) }
}`,

  // What the map draws for a route: its countries with their roles and centroids, and its legs; the partnerships on
  // it, which the scenario can leave out.
  ExplorerRoute: `query ExplorerRoute($route: ID!, $lang: String!) {
  route(id: $route) {
    id
    name(lang: $lang)
    countries { roles country { iso2 name(lang: $lang) euMember centroid { lat lon } } }
    legs { mode from { iso2 name(lang: $lang) centroid { lat lon } } to { iso2 name(lang: $lang) centroid { lat lon } } }
    partnerships { id title(lang: $lang) }
  }
}`,

  // The coverage matrix on a day, optionally under a scenario: every cell's state and reason, which cells the scenario changed.
  ExplorerCoverage: `query ExplorerCoverage($route: ID!, $day: Date!, $lang: String!, $scenario: CoverageScenario) {
  routeCoverage(routeId: $route, activeOn: $day, scenario: $scenario) {
    activeOn
    ratio
    coveredCount
    gapCount
    unknownCount
    bySector { sector ratio coveredCount gapCount unknownCount }
    rows {
      country { iso2 name(lang: $lang) }
      roles
      cells { sector state reason changed partnerships { id } }
    }
  }
}`,

  // The route's coverage over time: one point per change date, for the day control's stops and the step chart.
  ExplorerTrend: `query ExplorerTrend($route: ID!, $from: Date!, $to: Date!, $sector: Sector, $scenario: CoverageScenario) {
  all: coverageTrend(routeId: $route, from: $from, to: $to, scenario: $scenario) { points { day ratio } }
  sector: coverageTrend(routeId: $route, from: $from, to: $to, sector: $sector, scenario: $scenario) {
    points { day ratio coveredCount gapCount unknownCount }
  }
}`,

  // The country panel: roles on the route and their sources, the country's own sources, its partnerships' status on the day.
  ExplorerCountry: `query ExplorerCountry($iso2: String!, $day: Date!, $lang: String!) {
  country(iso2: $iso2) {
    iso2
    name(lang: $lang)
    routes { route { id } roles sources { id title publisher date url } }
    sources { quote ${source} }
    partnerships(filter: { countryIsos: [$iso2] }) { id title(lang: $lang) statusOn(day: $day) }
  }
}`,

  // The evidence of one sector's column: for each cell, every fact behind its state (the country is a partner, the
  // partnership covers the sector, a lifecycle event) with its document and quote, and the programmes acting there.
  // One sector at a time keeps the document cheap; the answer serves every country of the route on that day.
  ExplorerEvidence: `query ExplorerEvidence($route: ID!, $day: Date!, $sector: Sector!, $lang: String!, $scenario: CoverageScenario) {
  routeCoverage(routeId: $route, activeOn: $day, scenario: $scenario) {
    cells(sector: $sector) {
      country { iso2 }
      evidence { fact partnership { id } quote ${source} }
      activities { relation status programme { id name(lang: $lang) } }
    }
  }
}`,

  // One partnership behind a cell: its status on the day, its lifecycle, and its own sources with their quotes.
  // Asked once per partnership (and kept by browsers and CDNs): nesting it in the country query would multiply its cost.
  ExplorerPartnership: `query ExplorerPartnership($id: ID!, $day: Date!, $lang: String!) {
  node(id: $id) {
    ... on Partnership {
      id
      title(lang: $lang)
      statusOn(day: $day)
      lifecycle { kind date note }
      sources { quote ${source} }
    }
  }
}`,
};
