-- GET <list>?page=N for N drawn uniformly from the whole list (1..last page at the default size), with its total:
-- the old clients' way of paging deep (issue 26). args: token, last page, list path (default /actors)
package.path = package.path .. ";" .. debug.getinfo(1, "S").source:match("@(.*/)") .. "?.lua"
local common = require("common")
local last_page
local path

function init(args)
  common.init(args)
  last_page = tonumber(args[2])
  path = args[3] or "/actors"
end

function request()
  return wrk.format("GET", path .. "?page=" .. math.random(1, last_page))
end
