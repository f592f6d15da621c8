-- Wraps a scenario's wrk script for bench/run.sh --pgbench: after each response, writes the PostgreSQL server log's size,
-- the status and the request's path to BENCH_CAPTURE_OUT, so that the statements each request sent can be cut out of
-- the log. Run it with one thread and one connection (requests one after the other).
--   BENCH_CAPTURE_SCRIPT=<scenario .lua> BENCH_CAPTURE_LOG=<server log> BENCH_CAPTURE_OUT=<file> wrk -t1 -c1 -s capture.lua ...
dofile(os.getenv("BENCH_CAPTURE_SCRIPT"))

local inner_request = request
local log_path = os.getenv("BENCH_CAPTURE_LOG")
local out = io.open(os.getenv("BENCH_CAPTURE_OUT"), "w")
local last

request = function()
  last = inner_request()
  return last
end

response = function(status)
  local log = io.open(log_path, "r")
  local size = log:seek("end")
  log:close()
  out:write(size, " ", status, " ", last:match("^%S+ (%S+)"), "\n")
  out:flush()
end
