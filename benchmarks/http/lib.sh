# Helpers shared by run.sh and cpu-per-request.sh (sourced, not run).

# Installs what the benchmarks drive the API with, from Debian, when missing.
install_tools() {
    local need_apt=()
    command -v wrk >/dev/null 2>&1 || need_apt+=(wrk)
    command -v redis-server >/dev/null 2>&1 || need_apt+=(redis-server)
    command -v curl >/dev/null 2>&1 || need_apt+=(curl)
    command -v taskset >/dev/null 2>&1 || need_apt+=(util-linux)
    if ((${#need_apt[@]})); then
        echo "installing: ${need_apt[*]}" >&2
        local sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
        $sudo apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need_apt[@]}" >/dev/null
    fi
}

# A loopback port nothing listens on.
free_port() {
    local port
    while :; do
        port=$((20000 + RANDOM % 20000))
        (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
    done
}

wait_http() { # url
    for _ in $(seq 1 600); do
        curl -fs -o /dev/null "$1" && return 0
        sleep 0.05
    done
    echo "no answer from $1" >&2
    return 1
}

# Starts a redis-server on a free loopback port, no persistence; sets redis_port and appends its pid to pids.
start_redis() { # log file
    redis_port=$(free_port)
    redis-server --port "$redis_port" --bind 127.0.0.1 --save "" --appendonly no --daemonize no --loglevel warning >"$1" 2>&1 &
    pids+=($!)
    for _ in $(seq 1 100); do (exec 3<>"/dev/tcp/127.0.0.1/$redis_port") 2>/dev/null && return 0; sleep 0.1; done
}

# The API as it is deployed: published for linux-x64, ReadyToRun (the csproj turns it on for any runtime-specific publish).
publish_api() { # output folder
    echo "publishing the API (Release, linux-x64, ReadyToRun)..." >&2
    dotnet publish src/RouteGraph.Api -c Release -r linux-x64 --self-contained false --nologo -v q -o "$1" >&2
}
