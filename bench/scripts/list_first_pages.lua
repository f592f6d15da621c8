-- GET /actors?page=N for a random N in 1..max_page (default 20) with its total: the pages people actually read.
-- args: token, max_page
package.path = package.path .. ";" .. debug.getinfo(1, "S").source:match("@(.*/)") .. "?.lua"
local common = require("common")
local max_page

function init(args)
  common.init(args)
  max_page = tonumber(args[2] or "20")
end

function request()
  return wrk.format("GET", "/actors?page=" .. math.random(1, max_page))
end
