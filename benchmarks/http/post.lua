-- wrk script: POSTs one GraphQL request (the JSON file named by BODY_FILE) on every request,
-- and prints one machine-readable RESULT line at the end for run.sh. No response() callback: it would
-- make wrk parse every body in Lua and measure wrk instead of the API. status_errors counts non-2xx/3xx.
local file = assert(io.open(os.getenv("BODY_FILE"), "r"))
wrk.method = "POST"
wrk.body = file:read("*a")
file:close()
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/graphql-response+json"

done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT requests=%d seconds=%.3f p50=%.3f p90=%.3f p99=%.3f max=%.3f socket_errors=%d status_errors=%d\n",
    summary.requests, summary.duration / 1e6,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    errors, summary.errors.status))
end
