-- Walks GET /actors by cursor (no total): each request sends the next_cursor of the thread's last response, and
-- starts again from the first page at the end or on an error. The cost of page 50,000 is that of page 2.
-- args: token, sort (default "name")
package.path = package.path .. ";" .. debug.getinfo(1, "S").source:match("@(.*/)") .. "?.lua"
local common = require("common")
local sort
local cursor = nil

function init(args)
  common.init(args)
  sort = args[2] or "name"
end

function request()
  local path = "/actors?include_total=false&sort=" .. sort
  if cursor then
    path = path .. "&cursor=" .. cursor
  end
  return wrk.format("GET", path)
end

function response(status, headers, body)
  if status ~= 200 then
    cursor = nil
    return
  end
  -- base64url and "." only: safe in a query string as it is.
  cursor = body:match('"next_cursor":"([%w%-_%.]+)"')
end
