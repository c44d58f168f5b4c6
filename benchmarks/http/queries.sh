# The two heaviest questions of the API, as GraphQL-over-HTTP POST bodies (sourced by run.sh).
# graph: the whole drawable network (every country with its map position, every route, every leg) — what a map front end loads.
GRAPH_BODY='{"query":"query WholeGraph { graph { nodes { id label name lat lon } edges { source target type routeId role } } }","operationName":"WholeGraph"}'
# routeCoverage: the coverage matrix of the Central Mediterranean route — origin and transit countries against the five key sectors, with the partnerships and gaps.
COVERAGE_BODY='{"query":"query Coverage { routeCoverage(routeId: \"central-mediterranean\") { route { id name } ratio cells { country { iso2 name } roles sector state partnerships { id title } } gaps { country { iso2 } roles sector } } }","operationName":"Coverage"}'
