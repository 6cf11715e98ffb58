-- P2: POST new entries (distinct text and client key each, as the SPA sends them). Each wrk thread
-- takes its share of the files given (file i goes to thread i mod threads) and cycles over it, so
-- that with as many connections as files the requests in flight are for different files; with one
-- file, every connection writes to it. Tokens rotate (the team members given).
-- env: BENCH_LIB, BENCH_TOKENS, BENCH_FILES (file, one file id a line), BENCH_OUT
local c = dofile(os.getenv("BENCH_LIB") .. "/common.lua")
local tokens, mine, n
local categories = { "CARE", "HYGIENE", "MEALS", "MOOD", "SOCIAL" }

function setup(thread) c.setup(thread) end

function init(args)
  tokens = c.lines(os.getenv("BENCH_TOKENS"))
  local files = c.lines(os.getenv("BENCH_FILES"))
  mine = {}
  for i, f in ipairs(files) do
    if #files < nthreads or (i - 1) % nthreads == tid then mine[#mine + 1] = f end
  end
  math.randomseed(os.time() * 100 + tid)
  n = tid
end

function request()
  n = n + 1
  local body = string.format(
    '{"category":"%s","text":"Passage (benchmark) %d-%d : %s, tout va bien.","important":false,"clientKey":"%s"}',
    categories[n % #categories + 1], tid, n, c.uuid(), c.uuid())
  return wrk.format("POST", "/api/patients/" .. mine[n % #mine + 1] .. "/logbook/entries",
    { ["Authorization"] = "Bearer " .. tokens[n % #tokens + 1],
      ["Content-Type"] = "application/json", ["Accept"] = "application/json" }, body)
end

response = c.response
done = c.done
