-- A role's submissions as the casting team reads them: GET /roles/{id}/submissions?page_size=20 (first page, with its
-- total), for random roles from a file of role ids, one a line (bench/submissions.sh writes it).  args: token, file
package.path = package.path .. ";" .. debug.getinfo(1, "S").source:match("@(.*/)") .. "?.lua"
local common = require("common")
local paths = {}

function init(args)
  common.init(args)
  for line in io.lines(args[2]) do
    local id = line:match("^%s*(%d+)%s*$")
    if id then table.insert(paths, "/roles/" .. id .. "/submissions?page_size=20") end
  end
  if #paths == 0 then error("no role ids in " .. args[2]) end
end

function request()
  return wrk.format("GET", paths[math.random(#paths)])
end

function response(status)
  if status ~= 200 then error("GET " .. "/roles/{id}/submissions answered " .. status) end
end
