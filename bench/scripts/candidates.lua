-- GET /roles/{id}/candidates?page_size=20 for a random role.  args: token, max_role_id
package.path = package.path .. ";" .. debug.getinfo(1, "S").source:match("@(.*/)") .. "?.lua"
local common = require("common")
local max_id

function init(args)
  common.init(args)
  max_id = tonumber(args[2])
end

function request()
  return wrk.format("GET", "/roles/" .. math.random(1, max_id) .. "/candidates?page_size=20")
end
