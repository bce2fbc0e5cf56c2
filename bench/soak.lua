-- The mixed soak's requests (wrk -s): run.sh fills in the @...@ values (300 seeded group positions, the published
-- exercises, the directory size, the finder's online page size). Public reads only, weighted roughly as a finder,
-- group pages and the meeting tools would ask them. The whole-directory feeds are read beside it by readers of their
-- own (run.sh), not on these connections: wrk reads a connection for as long as it has bytes, so a 90 MB feed held
-- up the other connections of its thread for seconds, and wrk counted that as their latency (a p99 of 4 to 12 s;
-- a request of its own, made meanwhile, took at most 0.25 s).
local points = { @POINTS@ }
local exercises = { @EXERCISES@ }
local groups = @GROUPS@
local onlinePageSize = @ONLINE_PAGE_SIZE@
local radii = { 10, 25, 25, 25, 50, 100 }
local places = { "North", "Spring", "Portland", "Austin", "San", "New", "01060", "Mad", "Green", "Lake" }

-- No response() callback, which would make wrk keep every answer's body for Lua; it counts answers that are not 2xx
-- or 3xx itself.
function init(args)
  math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)") or "0", 16) % 100000)
end

local function nearby()
  local lat, lon
  if #points > 0 and math.random() < 0.7 then
    local p = points[math.random(#points)] -- near where groups are, a few km off
    lat, lon = p[1] + (math.random() - 0.5) * 0.2, p[2] + (math.random() - 0.5) * 0.2
  else -- anywhere in the continental US
    lat, lon = 25.5 + math.random() * 23, -123 + math.random() * 53
  end
  return string.format("/api/v1/groups?lat=%.4f&lon=%.4f&radiusKm=%d&size=20", lat, lon, radii[math.random(#radii)])
end

function request()
  local r = math.random(10000)
  local path
  if r <= 4000 then
    path = nearby()
  elseif r <= 6000 then
    path = "/api/v1/groups/bench-" .. math.random(groups)
  elseif r <= 6200 then
    path = "/api/v1/groups/bench-" .. math.random(groups) .. "/next-exercise"
  elseif r <= 6600 then
    path = "/api/v1/exercises"
  elseif r <= 7200 then
    path = #exercises > 0 and "/api/v1/exercises/" .. exercises[math.random(#exercises)] or "/api/v1/exercises"
  elseif r <= 8000 then
    path = "/api/v1/learnings"
  elseif r <= 9000 then
    path = "/api/v1/groups?attendance=online&sort=next-meeting&page=" .. math.random(0, 4) .. "&size=" .. onlinePageSize
  elseif r <= 9400 then
    path = "/api/v1/places?q=" .. places[math.random(#places)] .. "&limit=10"
  elseif r <= 9700 then
    path = "/api/v1/config"
  else
    path = "/api/v1/script?meeting=open"
  end
  return wrk.format("GET", path)
end
