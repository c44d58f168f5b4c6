# The questions the HTTP benchmarks ask, as GraphQL-over-HTTP POST bodies (sourced by run.sh and cpu-per-request.sh).
# graph: the whole drawable network (every country with its map position, every route, every leg) — what a map front end loads.
GRAPH_BODY='{"query":"query WholeGraph { graph { nodes { id label name lat lon } edges { source target type routeId role } } }","operationName":"WholeGraph"}'
# routeCoverage: the coverage matrix of the Central Mediterranean route — its third countries against the five key sectors, every cell with its partnerships, and the gaps.
COVERAGE_BODY='{"query":"query Coverage { routeCoverage(routeId: \"central-mediterranean\") { route { id name } ratio cells { country { iso2 name } roles sector state partnerships { id title } } gaps { country { iso2 } roles sector } } }","operationName":"Coverage"}'
# navigation: every route, its countries and their partnerships — what a dashboard's route picker and country list load.
NAVIGATION_BODY='{"query":"query Navigation { routes { id name countries { roles country { iso2 name partnerships { id title status } } } } }","operationName":"Navigation"}'

body_of() { # query name
    case "$1" in
        graph) echo "$GRAPH_BODY" ;;
        routeCoverage) echo "$COVERAGE_BODY" ;;
        navigation) echo "$NAVIGATION_BODY" ;;
        *) echo "unknown query $1" >&2; return 1 ;;
    esac
}
