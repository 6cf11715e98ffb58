-- Shared by the wrk scenarios of bench/run.sh: reading the inputs run.sh prepared, and writing one
-- JSON line of results (req/s, percentiles, errors by kind and HTTP status) to $BENCH_OUT.
local M = {}

function M.lines(path)
  local t = {}
  local f = assert(io.open(path, "r"), "cannot read " .. tostring(path))
  for line in f:lines() do
    if line ~= "" then t[#t + 1] = line end
  end
  f:close()
  assert(#t > 0, path .. " is empty")
  return t
end

function M.uuid()
  return string.format("%08x-%04x-4%03x-%04x-%012x", math.random(0, 0xffffffff),
    math.random(0, 0xffff), math.random(0, 0xfff), 0x8000 + math.random(0, 0x3fff),
    math.random(0, 0xffffffff) * 0x10000 + math.random(0, 0xffff))
end

local threads = {}
local counter = 0

-- Called in the main state for each thread: numbers them, keeps them to read their counts.
function M.setup(thread)
  -- setup() and init() run one thread after the other: the thread count comes from run.sh.
  thread:set("tid", counter)
  thread:set("nthreads", tonumber(os.getenv("BENCH_THREADS") or "1"))
  counter = counter + 1
  threads[#threads + 1] = thread
end

-- In each thread: counts the non-2xx statuses (wrk only counts them all together).
statuses = {}
function M.response(status, headers, body)
  if status >= 300 then
    statuses[status] = (statuses[status] or 0) + 1
    if not first_error then first_error = status .. " " .. string.sub(body or "", 1, 200) end
  end
end

function M.done(summary, latency, requests)
  local by_status, sample = {}, nil
  for _, t in ipairs(threads) do
    local s = t:get("statuses")
    if s then for k, v in pairs(s) do by_status[tostring(k)] = (by_status[tostring(k)] or 0) + v end end
    sample = sample or t:get("first_error")
  end
  local e = summary.errors
  local non2xx = 0
  for _, v in pairs(by_status) do non2xx = non2xx + v end
  local secs = summary.duration / 1e6
  local parts = {}
  for k, v in pairs(by_status) do parts[#parts + 1] = string.format('"%s":%d', k, v) end
  local json = string.format(
    '{"requests":%d,"seconds":%.3f,"rps":%.2f,"p50":%.3f,"p90":%.3f,"p95":%.3f,"p99":%.3f,' ..
    '"max":%.3f,"errors":%d,"socket_errors":%d,"timeouts":%d,"statuses":{%s},"sample":%q}',
    summary.requests, secs, summary.requests / secs,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000,
    non2xx + e.connect + e.read + e.write + e.timeout, e.connect + e.read + e.write, e.timeout,
    table.concat(parts, ","), sample or "")
  local out = os.getenv("BENCH_OUT")
  if out and out ~= "" then
    local f = assert(io.open(out, "w")); f:write(json, "\n"); f:close()
  end
  io.write("BENCH_RESULT ", json, "\n")
end

return M
