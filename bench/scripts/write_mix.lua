-- The write mix, cycling POST /actors -> PATCH /actors/{created id} -> DELETE /actors/{created id}.
-- Ids come from the POST responses; until one is known, the cycle posts. Only actors this script
-- created are patched or deleted, so the dataset is left as it was (but for the ids).  args: token
package.path = package.path .. ";" .. debug.getinfo(1, "S").source:match("@(.*/)") .. "?.lua"
local common = require("common")

local created = {}   -- ids created and not yet deleted, oldest first
local patched = {}   -- ids patched, waiting to be deleted
local step = 0
local counter = 0
local genders = { "female", "male", "non-binary" }

function init(args)
  common.init(args)
  wrk.headers["Content-Type"] = "application/json"
end

local function post()
  counter = counter + 1
  local body = string.format(
    '{"name":"Bench Actor %d","age":%d,"gender":"%s","location":"Rome","height":%d,"passport":true,"email":"bench.%d.%d@example.com"}',
    counter, math.random(16, 90), genders[math.random(1, 3)], math.random(150, 200), math.random(1, 1000000000), counter)
  return wrk.format("POST", "/actors", nil, body)
end

function request()
  step = step + 1
  local kind = step % 3
  if kind == 1 and #created > 0 then
    local id = table.remove(created, 1)
    return wrk.format("PATCH", "/actors/" .. id, nil, string.format('{"age":%d,"location":"Lisbon"}', math.random(16, 90)))
  elseif kind == 2 and #patched > 0 then
    return wrk.format("DELETE", "/actors/" .. table.remove(patched, 1))
  end
  return post()
end

-- An id moves on only when the server has answered its previous step, so that a DELETE never
-- overtakes the PATCH of the same actor on another connection (that race made PATCHes 404).
function response(status, headers, body)
  if status == 201 then
    local id = body:match('"id":(%d+)')
    if id then table.insert(created, id) end
  elseif status == 200 then
    local id = body:match('^{"success":true,"actor":{"id":(%d+)')
    if id then table.insert(patched, id) end
  end
end
