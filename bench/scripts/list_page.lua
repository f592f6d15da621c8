-- GET /actors?page=N: a default-size page (sorted by the default order) with its total.  args: token, max_page
package.path = package.path .. ";" .. debug.getinfo(1, "S").source:match("@(.*/)") .. "?.lua"
local common = require("common")
local max_page

function init(args)
  common.init(args)
  max_page = tonumber(args[2])
end

function request()
  return wrk.format("GET", "/actors?page=" .. math.random(1, max_page))
end
