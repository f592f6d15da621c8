-- GET /actors/{id} for a random existing id.  args: token, max_id
package.path = package.path .. ";" .. debug.getinfo(1, "S").source:match("@(.*/)") .. "?.lua"
local common = require("common")
local max_id

function init(args)
  common.init(args)
  max_id = tonumber(args[2])
end

function request()
  return wrk.format("GET", "/actors/" .. math.random(1, max_id))
end
