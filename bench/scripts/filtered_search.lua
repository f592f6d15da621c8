-- GET /actors?gender=..&min_age=25&max_age=35&location=<city>: a filtered page with its total.  args: token
package.path = package.path .. ";" .. debug.getinfo(1, "S").source:match("@(.*/)") .. "?.lua"
local common = require("common")

-- The generator's city list (tools/DataGenerator/Dataset.cs) less São Paulo, URL-encoded; the published
-- numbers were measured with this subset.
local cities = {
  "Los%20Angeles", "New%20York", "Atlanta", "Chicago", "Austin", "Vancouver", "Toronto", "London", "Manchester",
  "Dublin", "Berlin", "Paris", "Madrid", "Rome", "Stockholm", "Copenhagen", "Prague", "Budapest", "Mumbai",
  "Seoul", "Tokyo", "Sydney", "Melbourne", "Auckland", "Cape%20Town", "Lagos", "Mexico%20City", "Buenos%20Aires",
  "Montreal", "New%20Orleans", "Albuquerque", "Miami", "Seattle", "Boston", "Glasgow", "Lisbon",
  "Vienna", "Warsaw", "Istanbul",
}
local genders = { "female", "male" }

function init(args)
  common.init(args)
end

function request()
  local path = "/actors?gender=" .. genders[math.random(1, #genders)]
    .. "&min_age=25&max_age=35&location=" .. cities[math.random(1, #cities)]
  return wrk.format("GET", path)
end
