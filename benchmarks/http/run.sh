#!/usr/bin/env bash
# HTTP load benchmark of the RouteGraph API on loopback (a benchmark, not a test): the whole-graph `graph` query and a
# `routeCoverage`, with the response cache on (both levels, or Redis only) and off, against one and two API replicas
# sharing one redis-server.
# Builds Release, starts redis-server and the replicas on free loopback ports, drives them with wrk, prints a markdown
# table, and stops everything it started. Usage: benchmarks/http/run.sh  (DURATION=10s CONNECTIONS=16 WARMUP=3s GC_SERVER=0)
set -euo pipefail
cd "$(dirname "$0")/../.."
here=benchmarks/http
DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-3s}
CONNECTIONS=${CONNECTIONS:-16}
# Workstation GC by default: on this 2-core machine two replicas, wrk and redis-server share the cores, and server GC's
# per-core heaps and GC threads in two processes fight over them (docs/benchmarks.md). GC_SERVER=1 for the .NET default.
GC_SERVER=${GC_SERVER:-0}

need_apt=()
command -v wrk >/dev/null 2>&1 || need_apt+=(wrk)
command -v redis-server >/dev/null 2>&1 || need_apt+=(redis-server)
command -v curl >/dev/null 2>&1 || need_apt+=(curl)
if ((${#need_apt[@]})); then
    echo "installing: ${need_apt[*]}" >&2
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

echo "building Release..." >&2
dotnet build src/RouteGraph.Api -c Release --nologo -v q >&2
dll=src/RouteGraph.Api/bin/Release/net10.0/RouteGraph.Api.dll
# shellcheck source=queries.sh
source "$here/queries.sh"

work=$(mktemp -d)
pids=()
api_pids=()
cleanup() {
    for pid in "${api_pids[@]}" "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

# A loopback port nothing listens on.
free_port() {
    local port
    while :; do
        port=$((20000 + RANDOM % 20000))
        (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
    done
}

wait_http() { # url
    for _ in $(seq 1 300); do
        curl -fs -o /dev/null "$1" && return 0
        sleep 0.1
    done
    echo "no answer from $1" >&2
    return 1
}

redis_port=$(free_port)
redis-server --port "$redis_port" --bind 127.0.0.1 --save "" --appendonly no --daemonize no --loglevel warning >"$work/redis.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 100); do (exec 3<>"/dev/tcp/127.0.0.1/$redis_port") 2>/dev/null && break; sleep 0.1; done

start_replicas() { # count mode(memory|redis|off)
    api_ports=()
    for i in $(seq 1 "$1"); do
        local port
        port=$(free_port)
        # The request log goes to the console at Information; at thousands of requests a second that measures the
        # console, so the benchmark logs warnings only.
        DOTNET_gcServer="$GC_SERVER" ConnectionStrings__Redis="127.0.0.1:$redis_port" Logging__LogLevel__Default=Warning \
            RouteGraph__Cache__Enabled="$([ "$2" = off ] && echo false || echo true)" \
            RouteGraph__Cache__LocalLevel="$([ "$2" = redis ] && echo false || echo true)" \
            dotnet "$dll" --urls "http://127.0.0.1:$port" >"$work/api-$port.log" 2>&1 &
        api_pids+=($!)
        api_ports+=("$port")
    done
    for port in "${api_ports[@]}"; do wait_http "http://127.0.0.1:$port/health/ready"; done
}

stop_replicas() {
    for pid in "${api_pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${api_pids[@]}"; do wait "$pid" 2>/dev/null || true; done
    api_pids=()
}

# Every scenario first checks that the query answers with data and no error, so the numbers are for real answers.
check_body() { # port body
    local answer
    answer=$(curl -fs -H 'Content-Type: application/json' -d "$2" "http://127.0.0.1:$1/graphql")
    if [[ "$answer" != '{"data":'* ]] || [[ "$answer" == *'"errors"'* ]]; then
        echo "unexpected answer: ${answer:0:300}" >&2
        exit 1
    fi
}

# One wrk per replica, run together, each with its share of the connections; prints their RESULT lines.
load() { # duration body
    printf '%s' "$2" >"$work/body.json"
    local per=$((CONNECTIONS / ${#api_ports[@]}))
    local outs=()
    for port in "${api_ports[@]}"; do
        BODY_FILE="$work/body.json" wrk -t1 -c"$per" -d"$1" -s "$here/post.lua" "http://127.0.0.1:$port/graphql" >"$work/wrk-$port.out" 2>&1 &
        outs+=($!)
    done
    for pid in "${outs[@]}"; do wait "$pid"; done
    for port in "${api_ports[@]}"; do grep '^RESULT' "$work/wrk-$port.out"; done
}

# Requests per second add up over the replicas; each latency percentile is the worse of the replicas' (not merged).
summarise() { # query cache replicas < RESULT lines
    awk -v q="$1" -v c="$2" -v r="$3" '
        { for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
          rps += v["requests"] / v["seconds"]; n += v["requests"]; err += v["socket_errors"] + v["status_errors"]
          if (v["p50"] > p50) p50 = v["p50"]; if (v["p90"] > p90) p90 = v["p90"]
          if (v["p99"] > p99) p99 = v["p99"]; if (v["max"] > mx) mx = v["max"] }
        END { printf "| %s | %s | %d | %.0f | %.2f | %.2f | %.2f | %.1f | %d | %d |\n", q, c, r, rps, p50, p90, p99, mx, n, err }'
}

rows=()
for replicas in 1 2; do
    for cache in memory redis off; do
        start_replicas "$replicas" "$cache"
        case "$cache" in
            memory) label="on: memory, then Redis" ;;
            redis) label="on: Redis only" ;;
            *) label="off" ;;
        esac
        for query in graph routeCoverage; do
            body=$([ "$query" = graph ] && echo "$GRAPH_BODY" || echo "$COVERAGE_BODY")
            for port in "${api_ports[@]}"; do check_body "$port" "$body"; done
            echo "running: $query, cache $cache, $replicas replica(s)" >&2
            load "$WARMUP" "$body" >/dev/null
            rows+=("$(load "$DURATION" "$body" | summarise "$query" "$label" "$replicas")")
        done
        stop_replicas
    done
done

echo
echo "Machine: $(lscpu | sed -n 's/^Model name: *//p' | head -1), $(nproc) cores; .NET $(dotnet --version); $(redis-server --version | cut -d' ' -f1-3); $(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2)."
echo "wrk: $CONNECTIONS connections in all (split evenly over the replicas), 1 thread per replica, $DURATION per row after a $WARMUP warm-up; POST, loopback. API: Release, DOTNET_gcServer=$GC_SERVER, request log at Warning."
echo
echo "| query | response cache | replicas | requests/s | p50 ms | p90 ms | p99 ms | max ms | requests | errors |"
echo "|---|---|---|---|---|---|---|---|---|---|"
printf '%s\n' "${rows[@]}"
