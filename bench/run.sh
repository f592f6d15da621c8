#!/usr/bin/env bash
# Benchmark the API in Release against a generated dataset, over loopback only, and compare every
# scenario with the framework's ceiling (bench/Ceiling: same-shaped JSON, no database, no auth).
#
#   bench/run.sh [--provider postgres|sqlite] [--actors 100000] [--movies 10000] [--roles 50000]
#                [--duration 10s] [--connections 16] [--threads 2] [--prime 10s] [--warmup 5s]
#                [--scenarios "get_by_id list_page filtered_search candidates write_mix"]
#                (also: list_first_pages = random page 1-20 with total; list_cursor_walk = next_cursor walk, no total;
#                 list_page_all, list_page_all_movies, list_page_all_roles = a page drawn from the whole list with total;
#                 schedule = one actor's or one movie's week of appointments with total; booking = book, confirm and
#                 cancel an appointment per flow, by bench/Flows, per-step latency; both PostgreSQL only)
#                [--appointments N] # pipeline size for the generator (default: actors / 5, 200,000 at 1M)
#                [--no-generate]   # reuse the data already in the bench database
#                [--database NAME] # PostgreSQL database (default casting_agency_bench)
#                [--out FILE]      # default bench/results/<provider>-<date>.md
#                (env BENCH_CONNECTION_EXTRA="Key=Value;..." appends to the API's connection string, for experiments;
#                 env BENCH_API_DIR=<dir> runs the API built there, unbuilt: A/B two builds in one sitting)
#                [--caller all|team] # all (default): a token with every staff permission, read:confidential included;
#                                  # team: the same without read:confidential, as the subject bench|team-member
#                [--confidential PCT] # PostgreSQL: before the run, PCT% of the movies are confidential (movie id mod 100 < PCT)
#                                  # and bench|team-member is on the team of one in ten of them (default: none)
#                [--diag]          # also sample the API's runtime counters (dotnet-counters: GC, thread pool, Npgsql pool)
#                                  # once a second into <raw dir>/counters.csv, summarised per scenario
#                [--all-on]        # rate limiting on (a budget no run reaches) and one request log line per request
#                                  # (CastingAgency.Requests at Information, to the API's log file), as in production
#                [--pgbench]       # PostgreSQL, read scenarios: replay the statements the API sends for the scenario with
#                                  # pgbench right after its measured run (same connections, threads and duration,
#                                  # -M prepared) and report pgbench's rate beside the API's. The statements and their
#                                  # parameters come from the server log of a second API instance whose sessions log
#                                  # every statement (log_min_duration_statement=0), driven one request at a time
#                                  # (bench/scripts/capture.lua, bench/scripts/pgbench_scripts.py)
#                [--trace]         # after each scenario's measured run, a second run of the same length under
#                                  # dotnet-trace (EventPipe sampling, the repository's local tool): the API's CPU per
#                                  # request split by layer (bench/scripts/profile_layers.py; bench/profile.sh)
#
# Steps: install wrk (Debian) if missing; start PostgreSQL (scripts/start-postgres.sh) for postgres;
# create the dedicated bench database; load it with tools/DataGenerator; build and start the API
# (Production settings, a random HS256 key) and the ceiling app on 127.0.0.1; mint a token; prime
# every API scenario (tiered PGO needs 20-30 s of load); run each scenario (a short warm-up, then the
# measured run with wrk --latency); read each server's peak RSS (VmHWM, reset before each scenario);
# write the results file.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

PROVIDER=postgres
ACTORS=100000
MOVIES=10000
ROLES=50000
DURATION=10s
WARMUP=5s
PRIME=10s
OUT=
CONNECTIONS=16
THREADS=2
SCENARIOS="get_by_id list_page filtered_search candidates write_mix"
GENERATE=1
APPOINTMENTS=
DIAG=0
CALLER=all
CONFIDENTIAL=0
ALL_ON=0
PGBENCH=0
TRACE=0
API_PORT=${BENCH_API_PORT:-5181}
CEILING_PORT=${BENCH_CEILING_PORT:-5182}
PG_DB=casting_agency_bench
SQLITE_FILE=/tmp/casting-agency-bench.db

while [[ $# -gt 0 ]]; do
  case $1 in
    --provider) PROVIDER=$2; shift 2 ;;
    --actors) ACTORS=$2; shift 2 ;;
    --movies) MOVIES=$2; shift 2 ;;
    --roles) ROLES=$2; shift 2 ;;
    --duration) DURATION=$2; shift 2 ;;
    --warmup) WARMUP=$2; shift 2 ;;
    --prime) PRIME=$2; shift 2 ;;
    --connections) CONNECTIONS=$2; shift 2 ;;
    --threads) THREADS=$2; shift 2 ;;
    --scenarios) SCENARIOS=$2; shift 2 ;;
    --appointments) APPOINTMENTS=$2; shift 2 ;;
    --no-generate) GENERATE=0; shift ;;
    --diag) DIAG=1; shift ;;
    --all-on) ALL_ON=1; shift ;;
    --pgbench) PGBENCH=1; shift ;;
    --trace) TRACE=1; shift ;;
    --caller) CALLER=$2; shift 2 ;;
    --confidential) CONFIDENTIAL=$2; shift 2 ;;
    --database) PG_DB=$2; shift 2 ;;
    --out) OUT=$2; shift 2 ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d'; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done

log() { echo "[bench] $*" >&2; }
[[ $CALLER == all || $CALLER == team ]] || { echo "--caller must be all or team" >&2; exit 2; }
[[ $CONFIDENTIAL =~ ^[0-9]+$ && $CONFIDENTIAL -le 100 ]] || { echo "--confidential must be 0-100" >&2; exit 2; }
[[ $PGBENCH == 0 || $PROVIDER == postgres ]] || { echo "--pgbench needs --provider postgres" >&2; exit 2; }

case $PROVIDER in
  postgres)
    command -v pg_isready >/dev/null && pg_isready -q -h 127.0.0.1 -p 5432 || bash scripts/start-postgres.sh >/dev/null
    export PGPASSWORD=postgres
    if [[ "$(psql -h 127.0.0.1 -U postgres -d postgres -qAt -c "SELECT 1 FROM pg_database WHERE datname = '$PG_DB'")" != "1" ]]; then
      psql -h 127.0.0.1 -U postgres -d postgres -qc "CREATE DATABASE $PG_DB" >/dev/null
    fi
    DB_PROVIDER=Postgres
    # Pool sized above the connection count so that wrk's connections never queue for one; no TLS on loopback.
    CONNECTION="Host=127.0.0.1;Port=5432;Database=$PG_DB;Username=postgres;Password=postgres;Maximum Pool Size=64;No Reset On Close=true;SSL Mode=Disable${BENCH_CONNECTION_EXTRA:+;$BENCH_CONNECTION_EXTRA}"
    ;;
  sqlite)
    DB_PROVIDER=Sqlite
    CONNECTION="Data Source=$SQLITE_FILE"
    ;;
  *) echo "--provider must be postgres or sqlite" >&2; exit 2 ;;
esac

if ! command -v wrk >/dev/null; then
  log "installing wrk"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null || {
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
fi

RAW=$(mktemp -d /tmp/casting-agency-bench.XXXXXX)
build() { dotnet build "$1" -c Release -nologo -v quiet >"$RAW/build.txt" 2>&1 || { cat "$RAW/build.txt" >&2; exit 1; }; }
log "building (Release)"
# BENCH_API_DIR: run an API already built there instead (A/B runs of two builds in one sitting).
if [[ -z ${BENCH_API_DIR:-} ]]; then build src/WebApi; fi
build bench/Ceiling
[[ " $SCENARIOS " == *" booking "* ]] && build bench/Flows
if [[ $GENERATE == 1 ]]; then
  build tools/DataGenerator
  log "generating $ACTORS actors, $MOVIES movies, $ROLES roles and the pipeline ($DB_PROVIDER)"
  dotnet run -c Release --no-build --project tools/DataGenerator -- --provider "$DB_PROVIDER" --connection "$CONNECTION" \
    --actors "$ACTORS" --movies "$MOVIES" --roles "$ROLES" ${APPOINTMENTS:+--appointments "$APPOINTMENTS"} --seed 42 --reset >&2
fi

if [[ $PROVIDER == postgres && $GENERATE == 0 ]]; then
  # Start every run from the state the generator leaves: the write scenarios of earlier runs (write_mix's actors, booking's
  # actor version bumps) leave heap pages that are not all-visible, and autovacuum does not come back to a 1M-row table for
  # a long time (200k dead rows). Until then each index-only count fetches those heap pages: 7,350 heap fetches, 78 ms
  # instead of 32 ms for a 200k-actor candidates count at 1M (bench/HISTORY.md, "Tail latency").
  tables=$(psql -h 127.0.0.1 -U postgres -d "$PG_DB" -qAt -c "SELECT string_agg(quote_ident(c.relname), ', ') FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'r'
    AND c.relname IN ('movies', 'actors', 'roles', 'shortlist_entries', 'shortlist_history', 'appointments', 'row_counts')")
  log "vacuum (analyze) $tables"
  psql -h 127.0.0.1 -U postgres -d "$PG_DB" -qc "VACUUM (ANALYZE) $tables" >&2
fi

PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
}
trap cleanup EXIT

KEY=$(python3 -c 'import base64, os; print(base64.b64encode(os.urandom(32)).decode())')
ISSUER=casting-agency-bench
AUDIENCE=casting-agency-api
API_DIR=${BENCH_API_DIR:-src/WebApi/bin/Release/net10.0}
CEILING_DIR=bench/Ceiling/bin/Release/net10.0

# start_api <port> <connection string> <log file> [extra env...]: the API in Release, Production settings.
start_api() {
  local port=$1 connection=$2 logfile=$3; shift 3
  (
    cd "$API_DIR"
    exec env ASPNETCORE_ENVIRONMENT=Production \
      ASPNETCORE_URLS="http://127.0.0.1:$port" \
      Database__Provider=$DB_PROVIDER \
      Database__MigrateOnStartup=$([[ $GENERATE == 0 ]] && echo true || echo false) \
      ConnectionStrings__CastingAgency="$connection" \
      Authentication__Schemes__Bearer__ValidIssuer=$ISSUER \
      Authentication__Schemes__Bearer__ValidAudiences__0=$AUDIENCE \
      Authentication__Schemes__Bearer__SigningKeys__0__Issuer=$ISSUER \
      Authentication__Schemes__Bearer__SigningKeys__0__Value=$KEY \
      "${LIMITS[@]}" \
      "$@" \
      dotnet CastingAgency.WebApi.dll
  ) >"$logfile" 2>&1 &
}
if [[ $ALL_ON == 1 ]]; then
  # Production's middleware, all of it: a rate limiter that counts every request (a budget no run reaches) and the
  # request log line at Information (the console logger, into the API's log file).
  LIMITS=(RateLimiting__Enabled=true RateLimiting__PermitsPerMinute=1000000000 Logging__LogLevel__Default=Warning
    Logging__LogLevel__CastingAgency.Requests=Information)
else
  LIMITS=(RateLimiting__Enabled=false Logging__LogLevel__Default=Warning)
fi

log "starting the API on 127.0.0.1:$API_PORT"
start_api "$API_PORT" "$CONNECTION" "$RAW/api.log"
PIDS+=($!)
API_PID=$!

log "starting the ceiling on 127.0.0.1:$CEILING_PORT"
(
  cd "$CEILING_DIR"
  ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$CEILING_PORT" Logging__LogLevel__Default=Warning \
  exec dotnet CastingAgency.Bench.Ceiling.dll
) >"$RAW/ceiling.log" 2>&1 &
PIDS+=($!)
CEILING_PID=$!

wait_ready() {
  local url=$1 pid=$2
  for _ in $(seq 1 120); do
    kill -0 "$pid" 2>/dev/null || { log "server exited; its log:"; cat "$RAW"/*.log >&2; exit 1; }
    curl -fsS -o /dev/null "$url" 2>/dev/null && return 0
    sleep 0.25
  done
  log "$url not ready"; exit 1
}
wait_ready "http://127.0.0.1:$API_PORT/health/ready" "$API_PID"
wait_ready "http://127.0.0.1:$CEILING_PORT/ceiling/1" "$CEILING_PID"

if [[ $DIAG == 1 ]]; then
  # dotnet-counters is a local tool of the repository (.config/dotnet-tools.json).
  # Run its dll itself, so that $! is the collector (`dotnet dotnet-counters` would start it as a child).
  dotnet tool restore >/dev/null || { log "--diag needs dotnet-counters: dotnet tool restore failed"; exit 2; }
  version=$(python3 -c 'import json; print(json.load(open(".config/dotnet-tools.json"))["tools"]["dotnet-counters"]["version"])')
  counters_dll=$(ls "${NUGET_PACKAGES:-$HOME/.nuget/packages}"/dotnet-counters/"$version"/tools/*/any/dotnet-counters.dll | tail -1)
  dotnet exec "$counters_dll" collect -p "$API_PID" --refresh-interval 1 --format csv -o "$RAW/counters.csv" \
    --counters System.Runtime,Microsoft.AspNetCore.Hosting,Npgsql >"$RAW/counters.log" 2>&1 &
  PIDS+=($!)
  log "dotnet-counters sampling the API into $RAW/counters.csv"
fi

if [[ $PROVIDER == postgres && "$(psql -h 127.0.0.1 -U postgres -d "$PG_DB" -qAt -c "SELECT to_regclass('movie_team') IS NOT NULL")" == t ]]; then
  # The share of confidential productions, and the team the scoped caller is on (the count triggers keep the totals).
  log "confidential movies: $CONFIDENTIAL%"
  psql -h 127.0.0.1 -U postgres -d "$PG_DB" -qc "
    DELETE FROM movie_team WHERE \"Subject\" = 'bench|team-member';
    UPDATE movies SET \"Confidential\" = (\"Id\" % 100 < $CONFIDENTIAL) WHERE \"Confidential\" <> (\"Id\" % 100 < $CONFIDENTIAL);
    INSERT INTO movie_team (\"MovieId\", \"Subject\", \"Position\", \"AddedBy\", \"CreatedAt\", \"UpdatedAt\", \"Version\")
      SELECT \"Id\", 'bench|team-member', 'casting_director', 'bench|setup', now(), now(), 1
      FROM movies WHERE \"Confidential\" AND \"Id\" % 1000 < $CONFIDENTIAL;" \
    -c "VACUUM (ANALYZE) movies, movie_team" >&2 # a command of its own: VACUUM cannot run in the batch's transaction
elif [[ $CONFIDENTIAL != 0 ]]; then
  log "--confidential needs PostgreSQL and a schema with movie teams"; exit 2
fi

STAFF_PERMISSIONS=(get:movies post:movies patch:movies delete:movies get:actors post:actors patch:actors delete:actors
  get:roles post:roles patch:roles delete:roles get:auditions post:auditions patch:auditions delete:auditions get:contacts)
if [[ $CALLER == all ]]; then
  TOKEN=$(python3 bench/scripts/mint_token.py "$KEY" "$ISSUER" "$AUDIENCE" "${STAFF_PERMISSIONS[@]}" read:confidential)
else
  TOKEN=$(BENCH_SUBJECT='bench|team-member' python3 bench/scripts/mint_token.py "$KEY" "$ISSUER" "$AUDIENCE" "${STAFF_PERMISSIONS[@]}")
fi
status=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$API_PORT/actors/1")
[[ $status == 200 ]] || { log "GET /actors/1 with the minted token answered $status"; cat "$RAW/api.log" >&2; exit 1; }

# Real .NET process ids (the subshells exec'd dotnet, so $! is the server itself).
server_pid_for() { [[ $1 == ceiling ]] && echo "$CEILING_PID" || echo "$API_PID"; }

run_scenario() {
  # run_scenario <n> <name> <url> [<lua script> <script args...>]
  local n=$1 name=$2 url=$3; shift 3
  local script=()
  if [[ $# -gt 0 ]]; then script=(-s "$1"); shift; fi
  local args=()
  if [[ $# -gt 0 ]]; then args=(-- "$@"); fi
  local pid; pid=$(server_pid_for "$name")
  SERVER_PID=$pid # the server under test (the ceiling's own scenario measures the ceiling): not "another process"
  log "$name: warm-up $WARMUP"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "${script[@]}" "$url" "${args[@]}" >/dev/null
  echo 5 > "/proc/$pid/clear_refs" 2>/dev/null || true   # reset VmHWM: the peak of this scenario only
  load_snapshot > "$RAW/$n-$name.load"
  log "$name: $DURATION, $CONNECTIONS connections, $THREADS threads"
  local before marked; before=$(cpu_ticks); marked=$(mark)
  /usr/bin/time -f "%U %S" -o "$RAW/$n-$name.time" \
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "${script[@]}" "$url" "${args[@]}" > "$RAW/$n-$name.wrk"
  cpu_split "$before" "$(cpu_ticks)" >> "$RAW/$n-$name.load"
  cpu_use "$marked" "$(mark)" "$(awk '{print $1 + $2}' "$RAW/$n-$name.time")" >> "$RAW/$n-$name.load"
  awk '/VmHWM/ {print $2}' "/proc/$pid/status" > "$RAW/$n-$name.rss"
  grep -E "Requests/sec|Non-2xx|Socket errors" "$RAW/$n-$name.wrk" >&2 || true
}

# What else ran on the two cores just before a measured run. ps's %CPU is over each process's lifetime, so what other
# processes took during the measured run itself is the busy time of all cores (/proc/stat) less the API's, PostgreSQL's
# and the load generator's own ticks, whatever their nice value (cpu_use: "others N%").
load_snapshot() {
  echo "uptime: $(uptime)"
  ps -eo pid,ni,pcpu,comm --sort=-pcpu | head -8
}
cpu_ticks() { awk '/^cpu / {print $2, $3, $4, $5 + $6, $7 + $8 + $9}' /proc/stat; }
# CPU ticks (user + system) used so far by one process, and by every PostgreSQL process.
proc_ticks() { awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0; }
# Each PostgreSQL process's own ticks and its reaped children's (cutime, cstime): the postmaster's count the backends and
# parallel workers that exited during the run, which would otherwise fall to "other processes".
pg_ticks() { cat /proc/[0-9]*/stat 2>/dev/null | awk '$2 == "(postgres)" {t += $14 + $15 + $16 + $17} END {print t + 0}'; }
# Busy ticks of all cores (user, nice, system, irq, softirq): whatever ran, at any nice value.
busy_ticks() { awk '/^cpu / {print $2 + $3 + $4 + $7 + $8}' /proc/stat; }
# "<API ticks> <PostgreSQL ticks> <epoch seconds> <busy ticks of all cores>" at a point in time.
mark() { echo "$(proc_ticks "${SERVER_PID:-$API_PID}") $(pg_ticks) $(date +%s.%N) $(busy_ticks)"; }
cpu_use() {
  # cpu_use "<mark before>" "<mark after>" <wrk's user+system seconds>: CPU seconds of each process over the run
  python3 -c 'import sys, os; hz = os.sysconf("SC_CLK_TCK"); b = sys.argv[1].split(); a = sys.argv[2].split(); w = float(sys.argv[3] or 0)
api = (int(a[0]) - int(b[0])) / hz; pg = (int(a[1]) - int(b[1])) / hz; secs = float(a[2]) - float(b[2]); cap = secs * os.cpu_count()
print("CPU seconds in the measured run (%.1f s, %.1f core-seconds): API %.2f (%.0f%%), PostgreSQL %.2f (%.0f%%), load generator %.2f (%.0f%%)" % (secs, cap, api, 100 * api / cap, pg, 100 * pg / cap, w, 100 * w / cap))
others = max(0.0, (int(a[3]) - int(b[3])) / hz - api - pg - w)
print("other processes (any nice value): %.2f CPU seconds, others %.0f%%%s" % (others, 100 * others / cap, " (disturbed: over 5%)" if others > 0.05 * cap else ""))
print("window: %s %s" % (b[2], a[2]))' "$1" "$2" "$3"
}
cpu_split() {
  # cpu_split "<ticks before>" "<ticks after>": user / nice / system / idle shares of both cores during the run
  python3 -c 'import sys; b = [int(x) for x in sys.argv[1].split()]; a = [int(x) for x in sys.argv[2].split()]; d = [y - x for x, y in zip(b, a)]; t = sum(d) or 1
print("during the measured run (/proc/stat): user %.0f%%, nice %.0f%% (niced processes), system %.0f%%, idle+iowait %.0f%%, irq %.0f%%" % tuple(100.0 * x / t for x in d))' "$1" "$2"
}

seconds() { local d=$1; case $d in *ms) echo "0.${d%ms}" ;; *s) echo "${d%s}" ;; *m) echo "$(( ${d%m} * 60 ))" ;; *) echo "$d" ;; esac; }

# booking: one flow = book, confirm, cancel (bench/Flows: per-step latency; wrk cannot tie a response to its flow).
FLOWS=(dotnet bench/Flows/bin/Release/net10.0/CastingAgency.Bench.Flows.dll)
run_flows() {
  # run_flows <n> <warm-up> <duration> <json out>
  "${FLOWS[@]}" "$API" "$TOKEN" "$RAW/booking-entries.txt" "$CONNECTIONS" "$(seconds "$2")" "$(seconds "$3")" "$4" >/dev/null
}
run_booking() {
  local n=$1
  log "booking: warm-up $WARMUP"
  echo 5 > "/proc/$API_PID/clear_refs" 2>/dev/null || true
  load_snapshot > "$RAW/$n-booking.load"
  log "booking: $DURATION, $CONNECTIONS concurrent flows"
  local before marked; before=$(cpu_ticks); marked=$(mark)
  /usr/bin/time -f "%U %S" -o "$RAW/$n-booking.time" "${FLOWS[@]}" "$API" "$TOKEN" "$RAW/booking-entries.txt" "$CONNECTIONS" \
    "$(seconds "$WARMUP")" "$(seconds "$DURATION")" "$RAW/$n-booking.flows" >/dev/null
  cpu_split "$before" "$(cpu_ticks)" >> "$RAW/$n-booking.load"
  cpu_use "$marked" "$(mark)" "$(awk '{print $1 + $2}' "$RAW/$n-booking.time")" >> "$RAW/$n-booking.load"
  echo "(booking: the split and the CPU cover the flows' own $WARMUP warm-up too)" >> "$RAW/$n-booking.load"
  awk '/VmHWM/ {print $2}' "/proc/$API_PID/status" > "$RAW/$n-booking.rss"
}

API="http://127.0.0.1:$API_PORT"
S=bench/scripts

# The pipeline scenarios draw their ids from the database: weeks that have appointments, entries that can be booked.
if [[ " $SCENARIOS " == *" schedule "* || " $SCENARIOS " == *" booking "* ]]; then
  [[ $PROVIDER == postgres ]] || { log "schedule and booking sample their ids with psql: PostgreSQL only"; exit 2; }
  PSQL=(psql -h 127.0.0.1 -U postgres -d "$PG_DB" -qAt -F ' ' -v ON_ERROR_STOP=1)
  "${PSQL[@]}" -c "SET TIME ZONE 'UTC'" -c "
    (SELECT 'actor', a.\"ActorId\", w, w + interval '7 days' FROM (SELECT \"ActorId\", date_trunc('week', \"StartsAt\") AS w
       FROM appointments ORDER BY random() LIMIT 2000) a)
    UNION ALL
    (SELECT 'movie', r.\"MovieId\", w, w + interval '7 days' FROM (SELECT \"RoleId\", date_trunc('week', \"StartsAt\") AS w
       FROM appointments ORDER BY random() LIMIT 2000) a JOIN roles r ON r.\"Id\" = a.\"RoleId\")" \
    | awk '{ printf "%s %s %sT%sZ %sT%sZ\n", $1, $2, $3, substr($4, 1, 8), $5, substr($6, 1, 8) }' > "$RAW/schedule-weeks.txt"
  "${PSQL[@]}" -c "SELECT \"Id\" FROM shortlist_entries WHERE \"Status\" IN ('shortlisted', 'callback') ORDER BY random() LIMIT 5000" \
    > "$RAW/booking-entries.txt"
  log "sampled $(grep -c . "$RAW/schedule-weeks.txt") schedule weeks and $(grep -c . "$RAW/booking-entries.txt") bookable entries"
fi
scenario_args() {
  case $1 in
    get_by_id) echo "$S/get_by_id.lua $TOKEN $ACTORS" ;;
    list_page) echo "$S/list_page.lua $TOKEN 100" ;;
    list_first_pages) echo "$S/list_first_pages.lua $TOKEN 20" ;;
    # The whole list at the default page size (10): --actors/--movies/--roles give its size, also with --no-generate.
    list_page_all) echo "$S/list_page_all.lua $TOKEN $(( (ACTORS + 9) / 10 )) /actors" ;;
    list_page_all_movies) echo "$S/list_page_all.lua $TOKEN $(( (MOVIES + 9) / 10 )) /movies" ;;
    list_page_all_roles) echo "$S/list_page_all.lua $TOKEN $(( (ROLES + 9) / 10 )) /roles" ;;
    list_cursor_walk) echo "$S/list_cursor_walk.lua $TOKEN name" ;;
    filtered_search) echo "$S/filtered_search.lua $TOKEN" ;;
    candidates) echo "$S/candidates.lua $TOKEN $ROLES" ;;
    write_mix) echo "$S/write_mix.lua $TOKEN" ;;
    schedule) echo "$S/schedule.lua $TOKEN $RAW/schedule-weeks.txt" ;;
    *) log "unknown scenario $1"; return 1 ;;
  esac
}
# dotnet-trace is a local tool of the repository (.config/dotnet-tools.json).
[[ $TRACE == 1 ]] && { dotnet tool restore >/dev/null || { log "dotnet tool restore failed"; exit 1; }; }

# --pgbench: what each read scenario sends to the database, with its parameters, from a second API instance whose
# sessions log every statement they execute (their own log_min_duration_statement; other sessions are untouched),
# driven one request at a time for 3 s; then pgbench scripts from the statements of 100 of those requests.
PGBENCH_SKIP=" write_mix booking "
if [[ $PGBENCH == 1 ]]; then
  PG_LOG=${BENCH_PG_LOG:-$(ls -t /var/log/postgresql/postgresql-*-main.log /tmp/casting-agency-pg/postgres.log 2>/dev/null | head -1 || true)}
  [[ -r $PG_LOG ]] || { log "--pgbench reads the PostgreSQL server log: set BENCH_PG_LOG"; exit 2; }
  # A port nothing listens on now (another server answering on a fixed port would pass for the capture instance).
  CAPTURE_PORT=${BENCH_CAPTURE_PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
  log "pgbench: capturing each scenario's statements (API on 127.0.0.1:$CAPTURE_PORT, server log $PG_LOG)"
  start_api "$CAPTURE_PORT" "$CONNECTION;Options=-c log_min_duration_statement=0;Application Name=bench-capture" "$RAW/capture.log"
  CAPTURE_PID=$!
  PIDS+=("$CAPTURE_PID")
  wait_ready "http://127.0.0.1:$CAPTURE_PORT/health/ready" "$CAPTURE_PID"
  for scenario in $SCENARIOS; do
    [[ $PGBENCH_SKIP == *" $scenario "* ]] && continue
    args=$(scenario_args "$scenario") || exit 2
    read -r script a1 a2 <<<"$args"
    mkdir -p "$RAW/pgbench"
    echo "$(stat -c %s "$PG_LOG") start -" > "$RAW/pgbench/$scenario.requests"
    BENCH_CAPTURE_SCRIPT=$script BENCH_CAPTURE_LOG=$PG_LOG BENCH_CAPTURE_OUT="$RAW/pgbench/$scenario.after" \
      wrk -t1 -c1 -d3s -s "$S/capture.lua" "http://127.0.0.1:$CAPTURE_PORT" -- $a1 $a2 >/dev/null
    cat "$RAW/pgbench/$scenario.after" >> "$RAW/pgbench/$scenario.requests"
    case $scenario in get_by_id) max=$ACTORS ;; candidates) max=$ROLES ;; *) max=0 ;; esac
    python3 "$S/pgbench_scripts.py" "$PG_LOG" "$RAW/pgbench/$scenario.requests" "$PG_DB" "$RAW/pgbench/$scenario" --max "$max" \
      > "$RAW/pgbench/$scenario.summary" || { log "$scenario: no statements captured"; rm -rf "$RAW/pgbench/$scenario"; continue; }
    log "$scenario: $(cat "$RAW/pgbench/$scenario.summary")"
  done
  kill "$CAPTURE_PID"; wait "$CAPTURE_PID" 2>/dev/null || true
fi
# run_pgbench <n> <scenario>: the captured statements, right after the API's measured run, by as many clients.
run_pgbench() {
  local n=$1 name=$2 dir=$RAW/pgbench/$2
  [[ -d $dir ]] || return 0
  local defines files=()
  mapfile -t defines < "$dir/defines"
  for f in "$dir"/[0-9]*.sql; do files+=(-f "$f@1"); done
  log "$name: pgbench, $DURATION, $CONNECTIONS clients, -M prepared ($(cat "$dir/../$name.summary"))"
  local marked; SERVER_PID=$API_PID; marked=$(mark)
  PGPASSWORD=postgres pgbench -n -M prepared -c "$CONNECTIONS" -j "$THREADS" -T "$(seconds "$DURATION")" -h 127.0.0.1 -U postgres \
    "${defines[@]}" "${files[@]}" "$PG_DB" > "$RAW/$n-$name.pgbench" 2>&1 || { log "$name: pgbench failed"; tail -5 "$RAW/$n-$name.pgbench" >&2; }
  cpu_use "$marked" "$(mark)" 0 >> "$RAW/$n-$name.pgbench"
  cat "$dir/../$name.summary" >> "$RAW/$n-$name.pgbench"
  grep -E "^tps" "$RAW/$n-$name.pgbench" >&2 || true
}
# run_trace <n> <scenario> <wrk args...>: the same load again for $DURATION under dotnet-trace's sampling profiler.
run_trace() {
  local n=$1 name=$2; shift 2
  local out=$RAW/$n-$name
  log "$name: traced run, $DURATION (dotnet-trace)"
  local marked secs; secs=$(seconds "$DURATION"); secs=${secs%.*}; SERVER_PID=$API_PID; marked=$(mark)
  dotnet dotnet-trace collect -p "$API_PID" \
    --providers "Microsoft-DotNETCore-SampleProfiler,Microsoft-Windows-DotNETRuntime:0x14C14FCCBD:4" --duration "$(printf '00:%02d:%02d:%02d' $((secs / 3600)) $((secs % 3600 / 60)) $((secs % 60)))" \
    -o "$out.nettrace" >"$out.trace.log" 2>&1 &
  local tracer=$!
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" "$@" > "$out.trace-wrk.txt"
  wait "$tracer" || { log "$name: dotnet-trace failed"; tail -5 "$out.trace.log" >&2; return 0; }
  cpu_use "$marked" "$(mark)" 0 > "$out.trace-cpu.txt"
  dotnet dotnet-trace convert --format Speedscope -o "$out.json" "$out.nettrace" >>"$out.trace.log" 2>&1 \
    || { log "$name: dotnet-trace convert failed"; tail -5 "$out.trace.log" >&2; }
}

# Prime every scenario first: tiered compilation with dynamic PGO needs some 20-30 s of load on two shared cores
# before the hot paths run as optimised tier-1 code, and each scenario's own query shapes must be compiled too.
# A 3 s warm-up measured tier-0 code (≈2.5x slower on GET by id).
for scenario in $SCENARIOS; do
  if [[ $scenario == booking ]]; then
    log "booking: priming $PRIME"; run_flows 0 0 "$PRIME" "$RAW/prime-booking.json"; continue
  fi
  args=$(scenario_args "$scenario") || exit 2
  read -r script a1 a2 <<<"$args"
  log "$scenario: priming $PRIME"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$PRIME" -s "$script" "$API" -- $a1 $a2 >/dev/null
done
run_scenario 0 ceiling "http://127.0.0.1:$CEILING_PORT/ceiling/1"
i=1
for scenario in $SCENARIOS; do
  if [[ $scenario == booking ]]; then run_booking $i; i=$((i + 1)); continue; fi
  args=$(scenario_args "$scenario") || exit 2
  read -r script a1 a2 <<<"$args"
  # shellcheck disable=SC2086 # a2 is empty for the scenarios with one argument
  run_scenario $i "$scenario" "$API" "$script" $a1 $a2
  [[ $PGBENCH == 1 ]] && run_pgbench $i "$scenario"
  # shellcheck disable=SC2086
  [[ $TRACE == 1 ]] && run_trace $i "$scenario" -s "$script" "$API" -- $a1 $a2
  i=$((i + 1))
done

DATE=$(date -u +%Y-%m-%d)
OUT=${OUT:-bench/results/$PROVIDER-$DATE.md}
{
  echo "# Benchmark: $PROVIDER, $ACTORS actors, $MOVIES movies, $ROLES roles"
  echo
  echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC'); commit $(git rev-parse --short HEAD)$(git diff --quiet || echo ' (+ local changes)')"
  [[ -n ${BENCH_API_DIR:-} ]] && echo "- the API as built in $BENCH_API_DIR (BENCH_API_DIR), not from this commit"
  echo "- machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo) RAM; wrk, API, ceiling and database share it"
  echo "- command: bench/run.sh --provider $PROVIDER --actors $ACTORS --movies $MOVIES --roles $ROLES --duration $DURATION --connections $CONNECTIONS --threads $THREADS$([[ $GENERATE == 0 ]] && echo ' --no-generate')$([[ $PROVIDER == postgres ]] && echo " --database $PG_DB") --scenarios \"$SCENARIOS\"$([[ $DIAG == 1 ]] && echo ' --diag')$([[ $ALL_ON == 1 ]] && echo ' --all-on')$([[ $PGBENCH == 1 ]] && echo ' --pgbench')$([[ $TRACE == 1 ]] && echo ' --trace') --caller $CALLER --confidential $CONFIDENTIAL"
  echo "- every API scenario primed for $PRIME first (tiered PGO); then each: $WARMUP warm-up, $DURATION measured (wrk --latency); peak RSS = the server's VmHWM, reset before the scenario"
} > "$RAW/header.md"
python3 bench/scripts/report.py "$RAW" "$OUT" "$RAW/header.md"
log "results: $OUT (raw wrk output: $RAW)"
if grep -qiE "fail|exception" "$RAW/api.log"; then
  log "the API logged warnings or errors:"; grep -iE "fail|exception" "$RAW/api.log" | head -5 >&2
fi
