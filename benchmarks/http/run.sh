#!/usr/bin/env bash
# HTTP load benchmark of the RouteGraph API on loopback (a benchmark, not a test). Two parts:
#
#   pinned    The API alone on one CPU (taskset), wrk on the other, as in a one-CPU container. For each query, response
#             cache on and off, a fresh process: the time from launch to its first correct answer, the requests/s in
#             the first 0-5 s and 5-10 s of load after it turned ready, and at steady state (after STEADY_AFTER of load).
#             The same for a minimal Kestrel endpoint (benchmarks/MinimalKestrel) returning the cached answer's bytes:
#             the physical limit of this machine, and the ratio of the cached answer to it.
#   replicas  Unpinned, one and two replicas sharing one redis-server: the response cache in memory then Redis, Redis
#             only, and off.
#
# Publishes the API as deployed (Release, linux-x64, ReadyToRun), starts everything on free loopback ports, prints
# markdown tables, and stops everything it started.
# Usage: benchmarks/http/run.sh   (PARTS="pinned replicas" QUERIES="routeCoverage navigation graph"
#                                  CACHES="on off" DURATION=10s WARMUP=3s CONNECTIONS=16 STEADY_AFTER=35
#                                  GC_SERVER=0 API_DLL=<a RouteGraph.Api.dll to measure instead of publishing one>)
set -euo pipefail
cd "$(dirname "$0")/../.."
here=benchmarks/http
PARTS=${PARTS:-pinned replicas}
DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-3s}
CONNECTIONS=${CONNECTIONS:-16}
STEADY_AFTER=${STEADY_AFTER:-35}
QUERIES=${QUERIES:-routeCoverage navigation graph}
CACHES=${CACHES:-on off}
# Workstation GC by default: on this 2-core machine two replicas, wrk and redis-server share the cores, and server GC's
# per-core heaps and GC threads in two processes fight over them (docs/benchmarks.md). GC_SERVER=1 for the .NET default.
GC_SERVER=${GC_SERVER:-0}
SERVER_CPU=0
LOAD_CPU=1

# shellcheck source=lib.sh
source "$here/lib.sh"
# shellcheck source=queries.sh
source "$here/queries.sh"
install_tools

work=$(mktemp -d)
pids=()
api_pids=()
cleanup() {
    for pid in "${api_pids[@]}" "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

dll=${API_DLL:-}
if [ -z "$dll" ]; then
    publish_api "$work/api"
    dll="$work/api/RouteGraph.Api.dll"
fi
echo "building the minimal Kestrel endpoint..." >&2
dotnet build benchmarks/MinimalKestrel -c Release --nologo -v q -o "$work/minimal" >&2
start_redis "$work/redis.log"

# Every scenario first checks that the query answers with data and no error, so the numbers are for real answers.
check_body() { # port body
    local answer
    answer=$(curl -fs -H 'Content-Type: application/json' -d "$2" "http://127.0.0.1:$1/graphql")
    if [[ "$answer" != '{"data":'* ]] || [[ "$answer" == *'"errors"'* ]]; then
        echo "unexpected answer: ${answer:0:300}" >&2
        exit 1
    fi
}

# One wrk on the load CPU against one port; prints its RESULT line.
load_one() { # duration port [cpu-list]
    BODY_FILE="$work/body.json" taskset -c "${3:-$LOAD_CPU}" wrk -t1 -c"$CONNECTIONS" -d"$1" -s "$here/post.lua" \
        "http://127.0.0.1:$2/graphql" | grep '^RESULT'
}

rps() { awk '{ for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] } printf "%.0f", v["requests"] / v["seconds"] }'; }
field() { awk -v f="$1" '{ for (i = 2; i <= NF; i++) { split($i, kv, "="); if (kv[1] == f) print kv[2] } }'; }

# Starts a server on the server CPU and waits for its first correct answer to the body; sets first_ms (milliseconds
# from launch to that answer) and adds the server's pid to api_pids. Not in a subshell: the pid must reach stop_servers.
launch_pinned() { # port body command...
    local port=$1 body=$2
    shift 2
    local started answer
    started=$(date +%s%N)
    taskset -c "$SERVER_CPU" "$@" --urls "http://127.0.0.1:$port" >"$work/server-$port.log" 2>&1 &
    api_pids+=($!)
    for _ in $(seq 1 6000); do
        answer=$(taskset -c "$LOAD_CPU" curl -fs -H 'Content-Type: application/json' -d "$body" "http://127.0.0.1:$port/graphql" 2>/dev/null || true)
        if [[ "$answer" == '{"data":'* ]] && [[ "$answer" != *'"errors"'* ]]; then
            first_ms=$((($(date +%s%N) - started) / 1000000))
            return 0
        fi
        sleep 0.005
    done
    echo "no correct answer from port $port; its log:" >&2
    cat "$work/server-$port.log" >&2
    exit 1
}

# One row of the pinned table: a fresh server, the first 10 s of load in two windows, then load until STEADY_AFTER
# seconds, then the steady window. Sets row and steady_rps.
pinned_row() { # label cache-label body command...
    local label=$1 cache=$2 body=$3
    shift 3
    printf '%s' "$body" >"$work/body.json"
    local port first w1 w2 steady
    port=$(free_port)
    launch_pinned "$port" "$body" "$@"
    first=$first_ms
    w1=$(load_one 5s "$port")
    w2=$(load_one 5s "$port")
    load_one "$((STEADY_AFTER - 10))s" "$port" >/dev/null
    steady=$(load_one "$DURATION" "$port")
    stop_servers
    local r1 r2 rs errors
    r1=$(rps <<<"$w1"); r2=$(rps <<<"$w2"); rs=$(rps <<<"$steady")
    errors=$(printf '%s\n%s\n%s\n' "$w1" "$w2" "$steady" | awk '{ for (i = 2; i <= NF; i++) { split($i, kv, "=")
        if (kv[1] == "socket_errors" || kv[1] == "status_errors") e += kv[2] } } END { print e + 0 }')
    steady_rps=$rs
    row=$(printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |' "$label" "$cache" "$first" "$r1" "$r2" \
        "$(((r1 + r2) / 2))" "$rs" "$(awk -v a="$r1" -v b="$rs" 'BEGIN { printf "%.0f %%", 100 * a / b }')" \
        "$(field p50 <<<"$steady")" "$(field p99 <<<"$steady")" "$errors")
}

stop_servers() {
    for pid in "${api_pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${api_pids[@]}"; do wait "$pid" 2>/dev/null || true; done
    api_pids=()
}

api_command() { # cache(on|off|redis) -> the command line of one API process
    echo env DOTNET_gcServer="$GC_SERVER" ConnectionStrings__Redis="127.0.0.1:$redis_port" Logging__LogLevel__Default=Warning \
        RouteGraph__Cache__Enabled="$([ "$1" = off ] && echo false || echo true)" \
        RouteGraph__Cache__LocalLevel="$([ "$1" = redis ] && echo false || echo true)" dotnet "$dll"
}

machine() {
    echo "Machine: $(lscpu | sed -n 's/^Model name: *//p' | head -1), $(nproc) cores, $(free -g | awk '/^Mem:/ { print $2 }') GiB; .NET $(dotnet --version); $(redis-server --version | cut -d' ' -f1-3); $(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2)."
}

if [[ " $PARTS " == *" pinned "* ]]; then
    rows=()
    declare -A steady_of=()
    for query in $QUERIES; do
        for cache in $CACHES; do
            echo "running (pinned): $query, cache $cache" >&2
            # shellcheck disable=SC2046
            pinned_row "$query" "$cache" "$(body_of "$query")" $(api_command "$cache")
            rows+=("$row")
            steady_of["$query/$cache"]=$steady_rps
        done
    done

    # The floor: the cached routeCoverage answer's bytes, written by Kestrel and nothing else.
    port=$(free_port)
    printf '%s' "$COVERAGE_BODY" >"$work/body.json"
    # shellcheck disable=SC2046
    launch_pinned "$port" "$COVERAGE_BODY" $(api_command on)
    curl -fs -H 'Content-Type: application/json' -d "$COVERAGE_BODY" "http://127.0.0.1:$port/graphql" -o "$work/answer.json"
    stop_servers
    echo "running (pinned): minimal Kestrel" >&2
    pinned_row "minimal Kestrel, same bytes" "-" "$COVERAGE_BODY" dotnet "$work/minimal/MinimalKestrel.dll" "$work/answer.json"
    rows+=("$row")
    minimal=$steady_rps

    echo
    machine
    echo "Pinned: API (or minimal Kestrel) on CPU $SERVER_CPU, wrk -t1 -c$CONNECTIONS on CPU $LOAD_CPU; a fresh process per row. First answer: ms from launch to the first correct answer. Windows: 0-5 s and 5-10 s of load after that; steady: $DURATION after ${STEADY_AFTER} s of load. API: $(basename "$(dirname "$dll")")/$(basename "$dll"), DOTNET_gcServer=$GC_SERVER, request log at Warning; answer $(wc -c <"$work/answer.json") bytes."
    echo
    echo "| query | response cache | first answer ms | 0-5 s req/s | 5-10 s req/s | first 10 s req/s | steady req/s | 0-5 s / steady | steady p50 ms | steady p99 ms | errors |"
    echo "|---|---|---|---|---|---|---|---|---|---|---|"
    printf '%s\n' "${rows[@]}"
    echo
    [ -z "${steady_of[routeCoverage/on]:-}" ] || echo "Cached routeCoverage at steady state: $(awk -v a="${steady_of[routeCoverage/on]}" -v b="$minimal" 'BEGIN { printf "%.0f %%", 100 * a / b }') of the minimal Kestrel endpoint."
fi

if [[ " $PARTS " == *" replicas "* ]]; then
    # One wrk per replica, run together, each with its share of the connections; prints their RESULT lines.
    load() { # duration
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
        for cache in on redis off; do
            api_ports=()
            for _ in $(seq 1 "$replicas"); do
                port=$(free_port)
                # shellcheck disable=SC2046
                $(api_command "$cache") --urls "http://127.0.0.1:$port" >"$work/api-$port.log" 2>&1 &
                api_pids+=($!)
                api_ports+=("$port")
            done
            for port in "${api_ports[@]}"; do wait_http "http://127.0.0.1:$port/health/ready"; done
            case "$cache" in
                on) label="on: memory, then Redis" ;;
                redis) label="on: Redis only" ;;
                *) label="off" ;;
            esac
            for query in graph routeCoverage; do
                body=$(body_of "$query")
                printf '%s' "$body" >"$work/body.json"
                for port in "${api_ports[@]}"; do check_body "$port" "$body"; done
                echo "running (replicas): $query, cache $cache, $replicas replica(s)" >&2
                load "$WARMUP" >/dev/null
                rows+=("$(load "$DURATION" | summarise "$query" "$label" "$replicas")")
            done
            stop_servers
        done
    done

    echo
    machine
    echo "Replicas, unpinned: wrk: $CONNECTIONS connections in all (split evenly over the replicas), 1 thread per replica, $DURATION per row after a $WARMUP warm-up; POST, loopback. API: DOTNET_gcServer=$GC_SERVER, request log at Warning."
    echo
    echo "| query | response cache | replicas | requests/s | p50 ms | p90 ms | p99 ms | max ms | requests | errors |"
    echo "|---|---|---|---|---|---|---|---|---|---|"
    printf '%s\n' "${rows[@]}"
fi
