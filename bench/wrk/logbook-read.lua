-- P1: GET a random page of 50 of one patient's logbook, as the SPA does, rotating over the tokens
-- of the file's team members given (each a real token from the login flow).
-- env: BENCH_LIB (this folder), BENCH_TOKENS (file, one token a line), BENCH_FILE (file id),
--      BENCH_PAGES (number of pages of 50), BENCH_OUT
local c = dofile(os.getenv("BENCH_LIB") .. "/common.lua")
local tokens, file, pages, n

function setup(thread) c.setup(thread) end

function init(args)
  tokens = c.lines(os.getenv("BENCH_TOKENS"))
  file = os.getenv("BENCH_FILE")
  pages = tonumber(os.getenv("BENCH_PAGES"))
  math.randomseed(os.time() * 100 + tid)
  n = tid
end

function request()
  n = n + 1
  local path = string.format("/api/patients/%s/logbook/entries?page=%d&size=50", file,
    math.random(0, pages - 1))
  return wrk.format("GET", path, { ["Authorization"] = "Bearer " .. tokens[n % #tokens + 1],
    ["Accept"] = "application/json" })
end

response = c.response
done = c.done
