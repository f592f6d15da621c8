#!/usr/bin/env bash
# Talent agencies under load (contract §13), on PostgreSQL:
#   1. a burst: AGENCIES agencies submit SUBMIT roster actors to BREAKDOWNS freshly published roles (bench/Flows
#      submissions: each POST with its own Idempotency-Key, timeouts / 503 / 429 / 409-with-Retry-After retried with
#      the same key), then SQL counts what exists: lost = intended submissions missing, duplicates = (role, actor)
#      pairs present more than once, wrong agency = a submission whose agency is not the one that sent it;
#   2. the casting team's list: GET /roles/{id}/submissions?page_size=20 with wrk, over the generator's --submissions
#      LIST spread on the published roles, and on one "hot" role holding HOT more (every fitting roster actor, up to HOT).
#   before the burst, PRIME submissions to 4 other breakdowns, not measured, bring the API to steady state (its JIT and
#   caches, as bench/run.sh primes each scenario); --prime 0 measures a cold API.
#   each phase reports its throughput, p50 / p99, the load average and the CPU seconds of the API, of PostgreSQL (every
#   postgres process) and of the rest of the machine, per request too.
#
#   bench/submissions.sh [--actors 100000] [--movies 10000] [--roles 50000] [--agencies 50] [--submit 5000]
#                        [--breakdowns 20] [--prime 1000] [--concurrency 32] [--list 100000] [--hot 50000] [--duration 10s]
#                        [--connections 16] [--threads 2] [--database casting_agency_bench_agency] [--no-generate]
#                        [--out FILE]   # default bench/results/postgres-<date>-submissions.md
# The API runs as bench/run.sh runs it: Release, Production settings, a random HS256 key, rate limiting off, 127.0.0.1.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

ACTORS=100000 MOVIES=10000 ROLES=50000 AGENCIES=50 SUBMIT=5000 BREAKDOWNS=20 CONCURRENCY=32 LIST=100000 HOT=50000 PRIME=1000
DURATION=10s CONNECTIONS=16 THREADS=2 PG_DB=casting_agency_bench_agency GENERATE=1 OUT=
API_PORT=${BENCH_API_PORT:-5191}
while [[ $# -gt 0 ]]; do
  case $1 in
    --actors) ACTORS=$2; shift 2 ;; --movies) MOVIES=$2; shift 2 ;; --roles) ROLES=$2; shift 2 ;;
    --agencies) AGENCIES=$2; shift 2 ;; --submit) SUBMIT=$2; shift 2 ;; --breakdowns) BREAKDOWNS=$2; shift 2 ;; --prime) PRIME=$2; shift 2 ;;
    --concurrency) CONCURRENCY=$2; shift 2 ;; --list) LIST=$2; shift 2 ;; --hot) HOT=$2; shift 2 ;;
    --duration) DURATION=$2; shift 2 ;; --connections) CONNECTIONS=$2; shift 2 ;; --threads) THREADS=$2; shift 2 ;;
    --database) PG_DB=$2; shift 2 ;; --no-generate) GENERATE=0; shift ;; --out) OUT=$2; shift 2 ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d'; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done
[[ $PG_DB == casting_agency_bench_1m_* ]] && { echo "not the shared 1M databases" >&2; exit 2; }
log() { echo "[submissions] $*" >&2; }
# CPU seconds of the API, of every PostgreSQL process and of all cores over a phase (as bench/run.sh counts them):
# cpu_use "<mark before>" "<mark after>" "<load generator's user+system seconds>" <requests>: CPU seconds, and ms per request.
proc_ticks() { awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0; }
# with the reaped children's ticks (cutime, cstime): backends and parallel workers that exited during the phase.
pg_ticks() { cat /proc/[0-9]*/stat 2>/dev/null | awk '$2 == "(postgres)" {t += $14 + $15 + $16 + $17} END {print t + 0}'; }
busy_ticks() { awk '/^cpu / {print $2 + $3 + $4 + $7 + $8}' /proc/stat; }
mark() { echo "$(proc_ticks "$API_PID") $(pg_ticks) $(date +%s.%N) $(busy_ticks)"; }
cpu_use() {
  python3 -c 'import sys, os; hz = os.sysconf("SC_CLK_TCK"); b = sys.argv[1].split(); a = sys.argv[2].split(); w = float(sys.argv[3] or 0); n = int(sys.argv[4])
api = (int(a[0]) - int(b[0])) / hz; pg = (int(a[1]) - int(b[1])) / hz; secs = float(a[2]) - float(b[2]); cap = secs * os.cpu_count()
others = max(0.0, (int(a[3]) - int(b[3])) / hz - api - pg - w)
print("CPU over %.1f s (%.1f core-seconds): API %.1f s (%.0f%%, %.2f ms per request), PostgreSQL %.1f s (%.0f%%, %.2f ms per request), load generator %.1f s, others %.1f s (%.0f%%%s)"
      % (secs, cap, api, 100 * api / cap, 1000 * api / max(n, 1), pg, 100 * pg / cap, 1000 * pg / max(n, 1), w, others, 100 * others / cap, ", disturbed" if others > 0.05 * cap else ""))' "$1" "$2" "$3" "$4"
}

export PGPASSWORD=postgres
PSQL=(psql -h 127.0.0.1 -U postgres -d "$PG_DB" -qAt -v ON_ERROR_STOP=1)
if [[ "$(psql -h 127.0.0.1 -U postgres -d postgres -qAt -c "SELECT 1 FROM pg_database WHERE datname = '$PG_DB'")" != "1" ]]; then
  psql -h 127.0.0.1 -U postgres -d postgres -qc "CREATE DATABASE $PG_DB" >/dev/null
fi
CONNECTION="Host=127.0.0.1;Port=5432;Database=$PG_DB;Username=postgres;Password=postgres;Maximum Pool Size=64;No Reset On Close=true;SSL Mode=Disable"
command -v wrk >/dev/null || { log "wrk is missing (bench/run.sh installs it)"; exit 2; }

RAW=$(mktemp -d /tmp/casting-agency-submissions.XXXXXX)
build() { dotnet build "$1" -c Release -nologo -v quiet >"$RAW/build.txt" 2>&1 || { cat "$RAW/build.txt" >&2; exit 1; }; }
log "building (Release)"
build src/WebApi
build bench/Flows
if [[ $GENERATE == 1 ]]; then
  build tools/DataGenerator
  log "generating $ACTORS actors, $MOVIES movies, $ROLES roles, $AGENCIES agencies, $LIST submissions"
  dotnet run -c Release --no-build --project tools/DataGenerator -- --provider Postgres --connection "$CONNECTION" \
    --actors "$ACTORS" --movies "$MOVIES" --roles "$ROLES" --agencies "$AGENCIES" --submissions "$LIST" --seed 42 --reset >&2
fi

KEY=$(python3 -c 'import base64, os; print(base64.b64encode(os.urandom(32)).decode())')
ISSUER=casting-agency-bench AUDIENCE=casting-agency-api API="http://127.0.0.1:$API_PORT"
(
  cd src/WebApi/bin/Release/net10.0
  ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="$API" Database__Provider=Postgres \
  Database__MigrateOnStartup=$([[ $GENERATE == 0 ]] && echo true || echo false) ConnectionStrings__CastingAgency="$CONNECTION" \
  Authentication__Schemes__Bearer__ValidIssuer=$ISSUER Authentication__Schemes__Bearer__ValidAudiences__0=$AUDIENCE \
  Authentication__Schemes__Bearer__SigningKeys__0__Issuer=$ISSUER Authentication__Schemes__Bearer__SigningKeys__0__Value=$KEY \
  RateLimiting__Enabled=false Logging__LogLevel__Default=Warning exec dotnet CastingAgency.WebApi.dll
) >"$RAW/api.log" 2>&1 &
API_PID=$!
trap 'kill $API_PID 2>/dev/null || true; wait $API_PID 2>/dev/null || true' EXIT
for _ in $(seq 1 240); do
  kill -0 $API_PID 2>/dev/null || { cat "$RAW/api.log" >&2; exit 1; }
  curl -fsS -o /dev/null "$API/health/ready" 2>/dev/null && break
  sleep 0.25
done

STAFF=$(python3 bench/scripts/mint_token.py "$KEY" "$ISSUER" "$AUDIENCE" get:movies get:roles patch:roles get:auditions patch:auditions get:actors read:confidential)
: > "$RAW/tokens.txt"
for n in $(seq 1 "$AGENCIES"); do
  org=$(printf 'org_%04d' "$n")
  echo "$org $(BENCH_SUBJECT="bench|agent|$org" BENCH_ORG_ID=$org python3 bench/scripts/mint_token.py "$KEY" "$ISSUER" "$AUDIENCE" get:breakdowns post:submissions manage:roster)" >> "$RAW/tokens.txt"
done

# 1. The burst. BREAKDOWNS open roles not yet published, the widest first (room for SUBMIT / BREAKDOWNS fitting actors each),
# published now through the API; then the plan: that many roster actors per role, of the AGENCIES agencies, not yet submitted.
PER_ROLE=$(( (SUBMIT + BREAKDOWNS - 1) / BREAKDOWNS ))
"${PSQL[@]}" -c "SELECT \"Id\" FROM roles WHERE \"ActorId\" IS NULL AND \"PublishedAt\" IS NULL AND \"Gender\" = 'any'
  ORDER BY \"MaxAge\" - \"MinAge\" DESC, \"Id\" LIMIT $BREAKDOWNS" > "$RAW/breakdowns.txt"
while read -r role; do
  status=$(curl -s -o /dev/null -w '%{http_code}' -X PATCH -H "Authorization: Bearer $STAFF" -H 'Content-Type: application/json' \
    -d '{"published":true}' "$API/roles/$role")
  [[ $status == 200 ]] || { log "PATCH /roles/$role answered $status"; cat "$RAW/api.log" >&2; exit 1; }
done < "$RAW/breakdowns.txt"
ROLE_LIST=$(paste -sd, "$RAW/breakdowns.txt")
plan() { # plan <role list> <per role> <count>: that many fitting roster actors per role, not yet submitted, in random order
  "${PSQL[@]}" -F ' ' -c "
  SELECT p.\"AgencyId\", p.role, p.\"Id\" FROM (
    SELECT a.\"AgencyId\", r.\"Id\" AS role, a.\"Id\",
           row_number() OVER (PARTITION BY r.\"Id\" ORDER BY md5(a.\"Id\"::text || r.\"Id\"::text)) AS k
    FROM roles r JOIN actors a ON a.\"Age\" BETWEEN r.\"MinAge\" AND r.\"MaxAge\"
      AND (r.\"Gender\" = 'any' OR a.\"Gender\" = r.\"Gender\")
    WHERE r.\"Id\" IN ($1) AND a.\"AgencyId\" IS NOT NULL AND a.\"AgencyId\" <= '$(printf 'org_%04d' "$AGENCIES")'
      AND NOT EXISTS (SELECT 1 FROM submissions s WHERE s.\"RoleId\" = r.\"Id\" AND s.\"ActorId\" = a.\"Id\")) p
  WHERE p.k <= $2 ORDER BY md5(p.\"Id\"::text) LIMIT $3"
}
if (( PRIME > 0 )); then
  PRIME_ROLES=$("${PSQL[@]}" -c "SELECT \"Id\" FROM roles WHERE \"ActorId\" IS NULL AND \"PublishedAt\" IS NULL AND \"Gender\" = 'any'
    AND \"Id\" NOT IN ($ROLE_LIST) ORDER BY \"MaxAge\" - \"MinAge\" DESC, \"Id\" LIMIT 4" | paste -sd,)
  "${PSQL[@]}" -c "UPDATE roles SET \"PublishedAt\" = now() WHERE \"Id\" IN ($PRIME_ROLES)"
  plan "$PRIME_ROLES" $(( (PRIME + 3) / 4 )) "$PRIME" > "$RAW/prime-plan.txt"
  log "priming: $(grep -c . "$RAW/prime-plan.txt") submissions to breakdowns $PRIME_ROLES (not measured)"
  dotnet bench/Flows/bin/Release/net10.0/CastingAgency.Bench.Flows.dll submissions "$API" "$RAW/tokens.txt" "$RAW/prime-plan.txt" "$CONCURRENCY" "$RAW/prime.json" >/dev/null || true
fi
plan "$ROLE_LIST" "$PER_ROLE" "$SUBMIT" > "$RAW/plan.txt"
INTENDED=$(grep -c . "$RAW/plan.txt")
log "plan: $INTENDED submissions of $(cut -d' ' -f3 "$RAW/plan.txt" | sort -u | wc -l) actors by $(cut -d' ' -f1 "$RAW/plan.txt" | sort -u | wc -l) agencies to $(grep -c . "$RAW/breakdowns.txt") breakdowns"
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
MARK=$(mark)
/usr/bin/time -f "%U %S" -o "$RAW/burst.time" \
  dotnet bench/Flows/bin/Release/net10.0/CastingAgency.Bench.Flows.dll submissions "$API" "$RAW/tokens.txt" "$RAW/plan.txt" "$CONCURRENCY" "$RAW/burst.json" >/dev/null || true
BURST_CPU=$(cpu_use "$MARK" "$(mark)" "$(awk '{print $1 + $2}' "$RAW/burst.time")" "$(python3 -c 'import json, sys; r = json.load(open(sys.argv[1])); print(sum(r["request_statuses"].values()))' "$RAW/burst.json")")
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
"${PSQL[@]}" -c "CREATE TEMP TABLE plan (agency text, role int, actor int)" -c "\\copy plan FROM '$RAW/plan.txt' WITH (DELIMITER ' ')" -c "
  SELECT (SELECT count(*) FROM plan p WHERE NOT EXISTS (SELECT 1 FROM submissions s WHERE s.\"RoleId\" = p.role AND s.\"ActorId\" = p.actor)),
         (SELECT count(*) FROM (SELECT 1 FROM submissions s JOIN plan p ON s.\"RoleId\" = p.role AND s.\"ActorId\" = p.actor
            GROUP BY s.\"RoleId\", s.\"ActorId\" HAVING count(*) > 1) d),
         (SELECT count(*) FROM submissions s JOIN plan p ON s.\"RoleId\" = p.role AND s.\"ActorId\" = p.actor WHERE s.\"AgencyId\" <> p.agency),
         (SELECT count(*) FROM submissions WHERE \"RoleId\" IN ($ROLE_LIST))" > "$RAW/counts.txt"
IFS='|' read -r LOST DUPLICATES WRONG_AGENCY ON_ROLES < "$RAW/counts.txt"
log "lost $LOST, duplicates $DUPLICATES, wrong agency $WRONG_AGENCY; $ON_ROLES submissions on the breakdowns"

# 2. The casting team's list. The hot role: one more published role, 'any' gender, every fitting roster actor up to HOT.
HOT_ROLE=$("${PSQL[@]}" -c "SELECT \"Id\" FROM roles WHERE \"ActorId\" IS NULL AND \"PublishedAt\" IS NULL AND \"Gender\" = 'any'
  AND \"Id\" NOT IN ($ROLE_LIST) ORDER BY \"MaxAge\" - \"MinAge\" DESC, \"Id\" LIMIT 1")
"${PSQL[@]}" -c "UPDATE roles SET \"PublishedAt\" = now() WHERE \"Id\" = $HOT_ROLE" -c "
  INSERT INTO submissions (\"RoleId\", \"ActorId\", \"AgencyId\", \"Note\", \"Status\", \"CreatedAt\", \"UpdatedAt\", \"Version\")
  SELECT r.\"Id\", a.\"Id\", a.\"AgencyId\", NULL, CASE WHEN a.\"Id\" % 7 = 0 THEN 'rejected' ELSE 'submitted' END, now(), now(), 1
  FROM roles r JOIN actors a ON a.\"Age\" BETWEEN r.\"MinAge\" AND r.\"MaxAge\" AND a.\"AgencyId\" IS NOT NULL
  WHERE r.\"Id\" = $HOT_ROLE AND NOT EXISTS (SELECT 1 FROM submissions s WHERE s.\"RoleId\" = r.\"Id\" AND s.\"ActorId\" = a.\"Id\")
  ORDER BY a.\"Id\" LIMIT $HOT" -c "VACUUM ANALYZE submissions" >/dev/null
echo "$HOT_ROLE" > "$RAW/hot.txt"
"${PSQL[@]}" -c "SELECT DISTINCT \"RoleId\" FROM submissions WHERE \"RoleId\" <> $HOT_ROLE ORDER BY 1" > "$RAW/spread.txt"
TOTAL=$("${PSQL[@]}" -c "SELECT count(*) FROM submissions")
HOT_COUNT=$("${PSQL[@]}" -c "SELECT count(*) FROM submissions WHERE \"RoleId\" = $HOT_ROLE")
status=$(curl -s -o "$RAW/hot-page.json" -w '%{http_code}' -H "Authorization: Bearer $STAFF" "$API/roles/$HOT_ROLE/submissions?page_size=20")
[[ $status == 200 ]] || { log "GET /roles/$HOT_ROLE/submissions answered $status"; cat "$RAW/hot-page.json" >&2; exit 1; }
list_run() {
  local name=$1 file=$2
  wrk -t"$THREADS" -c"$CONNECTIONS" -d5s -s bench/scripts/role_submissions.lua "$API" -- "$STAFF" "$file" >/dev/null
  echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)" > "$RAW/$name.load"
  local marked; marked=$(mark)
  /usr/bin/time -f "%U %S" -o "$RAW/$name.time" \
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s bench/scripts/role_submissions.lua "$API" -- "$STAFF" "$file" > "$RAW/$name.wrk"
  echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$RAW/$name.load"
  cpu_use "$marked" "$(mark)" "$(awk '{print $1 + $2}' "$RAW/$name.time")" "$(awk '/requests in/ {print $1}' "$RAW/$name.wrk")" > "$RAW/$name.cpu"
}
log "GET /roles/{id}/submissions: $TOTAL submissions, $HOT_COUNT on role $HOT_ROLE"
list_run spread "$RAW/spread.txt"
list_run hot "$RAW/hot.txt"

wrk_line() { # "<req/s> <p50> <p90> <p99> <non-2xx>"
  awk '/Requests\/sec/ {rps=$2} /^ +50%/ {p50=$2} /^ +90%/ {p90=$2} /^ +99%/ {p99=$2} /Non-2xx/ {bad=$5}
       END {printf "%s | %s | %s | %s | %s", rps, p50, p90, p99, bad ? bad : 0}' "$1"
}
DATE=$(date -u +%Y-%m-%d)
OUT=${OUT:-bench/results/postgres-$DATE-submissions.md}
python3 - "$RAW/burst.json" > "$RAW/burst.md" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
print(f"| {r['intended']:,} | {r['agencies']} | {r['breakdowns']} | {r['concurrency']} | {r['seconds']:.1f} s | {r.get('seconds_99_answered', 0):.1f} s | {r['created']:,} | "
      f"{r['submissions_per_second']:.0f}/s | {r['p50_ms']:.1f} | {r['p99_ms']:.1f} | {r['max_ms']:.0f} | {r['retries']} | {r['replayed']} | "
      f"{' '.join(f'{k}:{v}' for k, v in r['request_statuses'].items())} |")
PY
{
  echo "# Submissions under load: PostgreSQL, $ACTORS actors, $ROLES roles, $AGENCIES agencies"
  echo
  echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC'); commit $(git rev-parse --short HEAD)$(git diff --quiet || echo ' (+ local changes)')"
  echo "- machine: $(nproc) cores, shared (other agents' builds and tests ran meanwhile); API, PostgreSQL and load generators on it"
  echo "- command: bench/submissions.sh --actors $ACTORS --movies $MOVIES --roles $ROLES --agencies $AGENCIES --submit $SUBMIT --breakdowns $BREAKDOWNS --prime $PRIME --concurrency $CONCURRENCY --list $LIST --hot $HOT --duration $DURATION --connections $CONNECTIONS --threads $THREADS --database $PG_DB$([[ $GENERATE == 0 ]] && echo ' --no-generate')"
  echo
  echo "## Burst: agencies submitting to freshly published breakdowns (bench/Flows submissions)"
  echo
  echo "Load average before: $LOAD_BEFORE; after: $LOAD_AFTER. Primed with $PRIME submissions first (not measured)."
  echo
  echo "| intended | agencies | breakdowns | concurrency | took | 99% answered | created | throughput | p50 ms | p99 ms | max ms | retries | replayed | request statuses |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
  cat "$RAW/burst.md"
  echo
  echo "$BURST_CPU (per request: every attempt)."
  echo
  echo "Counted in SQL afterwards: **lost $LOST**, **duplicates $DUPLICATES**, wrong agency $WRONG_AGENCY; $ON_ROLES submissions on the $BREAKDOWNS breakdowns."
  echo
  echo "## GET /roles/{id}/submissions?page_size=20 (first page with total; wrk, $CONNECTIONS connections, $DURATION)"
  echo
  echo "$TOTAL submissions in all; the hot role $HOT_ROLE holds $HOT_COUNT."
  echo
  echo "| roles | req/s | p50 | p90 | p99 | non-2xx | load average |"
  echo "|---|---|---|---|---|---|---|"
  echo "| spread ($(grep -c . "$RAW/spread.txt") roles) | $(wrk_line "$RAW/spread.wrk") | $(paste -sd' ' "$RAW/spread.load") |"
  echo "| hot (1 role, $HOT_COUNT) | $(wrk_line "$RAW/hot.wrk") | $(paste -sd' ' "$RAW/hot.load") |"
  echo
  echo "- spread: $(cat "$RAW/spread.cpu")"
  echo "- hot: $(cat "$RAW/hot.cpu")"
} > "$OUT"
log "results: $OUT (raw: $RAW)"
if grep -qiE "fail|exception" "$RAW/api.log"; then log "the API logged:"; grep -iE "fail|exception" "$RAW/api.log" | head -5 >&2; fi
