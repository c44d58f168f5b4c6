#!/usr/bin/env bash
# CPU time the API process spends per request, for the queries of queries.sh, with the response cache on (memory, then
# Redis), on with Redis only, and off. On a machine shared with other work, requests per second measure the neighbours as
# much as the API; the CPU time the API itself used (utime + stime of /proc/<pid>/stat) divided by the requests it answered
# does not. Usage: benchmarks/http/cpu-per-request.sh [RouteGraph.Api.dll ...]  (DURATION=10s CONNECTIONS=8)
# With several dlls (two builds to compare), the rows alternate between them so both see the same conditions.
set -euo pipefail
cd "$(dirname "$0")/../.."
here=benchmarks/http
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-8}
dlls=("$@")
if ((${#dlls[@]} == 0)); then
    dotnet build src/RouteGraph.Api -c Release --nologo -v q >&2
    dlls=(src/RouteGraph.Api/bin/Release/net10.0/RouteGraph.Api.dll)
fi
# shellcheck source=lib.sh
source "$here/lib.sh"
# shellcheck source=queries.sh
source "$here/queries.sh"
install_tools
work=$(mktemp -d)
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"' EXIT

start_redis "$work/redis.log"

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }

echo "| build | query | response cache | requests | API CPU µs/request |"
echo "|---|---|---|---|---|"
for cache in memory redis off; do
    for query in graph routeCoverage; do
        body=$(body_of "$query")
        printf '%s' "$body" >"$work/body.json"
        for dll in "${dlls[@]}"; do
            port=$(free_port)
            DOTNET_gcServer=0 ConnectionStrings__Redis="127.0.0.1:$redis_port" Logging__LogLevel__Default=Warning \
                RouteGraph__Cache__Enabled="$([ "$cache" = off ] && echo false || echo true)" \
                RouteGraph__Cache__LocalLevel="$([ "$cache" = redis ] && echo false || echo true)" \
                dotnet "$dll" --urls "http://127.0.0.1:$port" >"$work/api.log" 2>&1 &
            api=$!
            for _ in $(seq 1 300); do curl -fs -o /dev/null "http://127.0.0.1:$port/health/ready" && break; sleep 0.1; done
            BODY_FILE="$work/body.json" wrk -t1 -c"$CONNECTIONS" -d3s -s "$here/post.lua" "http://127.0.0.1:$port/graphql" >/dev/null
            before=$(cpu_ticks "$api")
            result=$(BODY_FILE="$work/body.json" wrk -t1 -c"$CONNECTIONS" -d"$DURATION" -s "$here/post.lua" "http://127.0.0.1:$port/graphql" | grep '^RESULT')
            after=$(cpu_ticks "$api")
            kill "$api"; wait "$api" 2>/dev/null || true
            requests=$(sed -E 's/.*requests=([0-9]+).*/\1/' <<<"$result")
            errors=$(sed -E 's/.*status_errors=([0-9]+).*/\1/' <<<"$result")
            [ "$errors" = 0 ] || { echo "$dll: $errors errors" >&2; exit 1; }
            ticks_per_second=$(getconf CLK_TCK)
            echo "| $dll | $query | $cache | $requests | $(awk -v t=$((after - before)) -v n="$requests" -v hz="$ticks_per_second" 'BEGIN { printf "%.0f", t / hz * 1e6 / n }') |"
        done
    done
done
