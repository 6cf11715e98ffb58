-- P7: a dashboard read again (warm): GET BENCH_PATH with the reader's bearer token.
-- env: BENCH_LIB, BENCH_TOKENS, BENCH_PATH, BENCH_OUT
local c = dofile(os.getenv("BENCH_LIB") .. "/common.lua")
local tokens, path, n

function setup(thread) c.setup(thread) end

function init(args)
  tokens = c.lines(os.getenv("BENCH_TOKENS"))
  path = os.getenv("BENCH_PATH")
  n = tid
end

function request()
  n = n + 1
  return wrk.format("GET", path, { ["Authorization"] = "Bearer " .. tokens[n % #tokens + 1],
    ["Accept"] = "application/json" })
end

response = c.response
done = c.done
