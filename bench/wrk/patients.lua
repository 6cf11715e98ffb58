-- P1b: the case manager's "Mes patients" (GET /api/patients?page=0&size=20, what the SPA's list
-- asks first) or, with BENCH_TERMS, a patient search by name (…&q=term, terms rotating).
-- env: BENCH_LIB, BENCH_TOKENS, BENCH_TERMS (optional file, one term a line), BENCH_OUT
local c = dofile(os.getenv("BENCH_LIB") .. "/common.lua")
local tokens, terms, n

function setup(thread) c.setup(thread) end

function init(args)
  tokens = c.lines(os.getenv("BENCH_TOKENS"))
  local t = os.getenv("BENCH_TERMS")
  if t and t ~= "" then terms = c.lines(t) end
  math.randomseed(os.time() * 100 + tid)
  n = tid
end

local function enc(s)
  return (s:gsub("[^%w%-_.~]", function(ch) return string.format("%%%02X", string.byte(ch)) end))
end

function request()
  n = n + 1
  local path = "/api/patients?page=0&size=20"
  if terms then path = path .. "&q=" .. enc(terms[math.random(1, #terms)]) end
  return wrk.format("GET", path, { ["Authorization"] = "Bearer " .. tokens[n % #tokens + 1],
    ["Accept"] = "application/json" })
end

response = c.response
done = c.done
