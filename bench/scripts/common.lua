-- Shared by the wrk scripts: wrk passes its arguments after "--" to init(args).
-- args[1] is the bearer token; the rest are scenario specific.
local common = {}

function common.init(args)
  wrk.headers["Authorization"] = "Bearer " .. args[1]
  wrk.headers["Accept"] = "application/json"
  -- A different stream of ids per thread (wrk runs one Lua state per thread).
  math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)") or "0", 16) % 100000)
end

return common
