#!/usr/bin/env bash
# The whole test suite, from a fresh clone on Debian with the .NET SDK.
# Installs what the tests need when it is missing (redis-server, chromium, Node.js and npm, the Cypher linter's
# npm packages), then runs every test project. Prints one closing line: "N passed, N failed, N skipped".
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
command -v redis-server >/dev/null 2>&1 || need_apt+=(redis-server)
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
# The API's build bundles its browser front ends from npm (src/RouteGraph.Explorer).
command -v npm >/dev/null 2>&1 || need_apt+=(nodejs npm)
if ((${#need_apt[@]})); then
    echo "installing: ${need_apt[*]}"
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

# The Cypher linter (Neo4j's own parser, an npm package) used by the Neo4j tests.
for lint in tests/*/cypher-lint; do
    [ -f "$lint/package.json" ] || continue
    [ -d "$lint/node_modules" ] || (cd "$lint" && npm ci --no-audit --no-fund --loglevel=error)
done

log=$(mktemp)
set +e
# Normal verbosity lists every test, and the reason of each skipped one.
dotnet test RouteGraph.sln -c Release --nologo --logger "console;verbosity=normal" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# Sum the per-project summaries ("     Passed: 12", "     Skipped: 1", ...) into one line.
read -r passed failed skipped < <(grep -E '^ +(Passed|Failed|Skipped): +[0-9]+$' "$log" |
    awk -F': +' '{gsub(/ /, "", $1); n[$1]+=$2} END {print n["Passed"]+0, n["Failed"]+0, n["Skipped"]+0}')
rm -f "$log"
echo
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
exit "$status"
