-- One week's schedule with its total: GET /actors/{id}/appointments?from=&to= (an actor's week) or
-- GET /appointments?movie_id=&from=&to= (a movie's week), half and half, for random (actor or movie, week) pairs that
-- have appointments. The pairs come from a file that bench/run.sh samples from the database, one per line:
-- "actor <id> <from> <to>" or "movie <id> <from> <to>" (ISO 8601 UTC, the Monday and the next).  args: token, file
package.path = package.path .. ";" .. debug.getinfo(1, "S").source:match("@(.*/)") .. "?.lua"
local common = require("common")
local actors, movies = {}, {}

function init(args)
  common.init(args)
  for line in io.lines(args[2]) do
    local kind, id, from, to = line:match("^(%a+)%s+(%d+)%s+(%S+)%s+(%S+)$")
    if kind == "actor" then
      table.insert(actors, "/actors/" .. id .. "/appointments?from=" .. from .. "&to=" .. to)
    elseif kind == "movie" then
      table.insert(movies, "/appointments?movie_id=" .. id .. "&from=" .. from .. "&to=" .. to)
    end
  end
  if #actors == 0 or #movies == 0 then error("no actor or movie weeks in " .. args[2]) end
end

function request()
  local list = math.random(2) == 1 and actors or movies
  return wrk.format("GET", list[math.random(#list)])
end
