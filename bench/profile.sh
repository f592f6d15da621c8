#!/usr/bin/env bash
# Profile the hot reads by layer: bench/run.sh with --trace (and --pgbench) over get_by_id, list_first_pages and candidates,
# then print the API's CPU per request split by layer (bench/scripts/profile_layers.py) beside the benchmark's table.
#
#   bench/profile.sh [--1m | --100k] [--top N] [any bench/run.sh option, e.g. --duration 20s --all-on]
#     --1m    (default) the 1,000,000-actor database casting_agency_bench_1m_after, as it is (--no-generate)
#     --100k  the 100,000-actor database casting_agency_bench, as it is (--no-generate)
#     --top N also list, per layer, the N frames that took the most samples
#
# The results file (bench/results/profile-<size>-<UTC date and time>.md unless --out is given) holds the benchmark's
# table (API and PostgreSQL CPU µs per request, pgbench's rate for the same statements) and one layer table per scenario.
# Each scenario runs twice: measured (no tracer attached), then traced for as long. The shares come from the traced run
# (EventPipe's sample profiler, ~1 kHz per thread); the µs are those shares of the measured run's CPU per request.
# Layers are proportions, so they stay meaningful on a shared machine; the load average is in the results file.
# Keep --duration at 10 s or more: traces of a few seconds can come back with their stacks unresolved (all samples
# in the thread pool row; profile_layers.py warns).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

SIZE=1m
TOP=0
ARGS=()
while [[ $# -gt 0 ]]; do
  case $1 in
    --1m) SIZE=1m; shift ;;
    --100k) SIZE=100k; shift ;;
    --top) TOP=$2; shift 2 ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d'; exit 0 ;;
    *) ARGS+=("$1"); shift ;;
  esac
done
if [[ $SIZE == 1m ]]; then
  DATA=(--no-generate --database casting_agency_bench_1m_after --actors 1000000 --movies 100000 --roles 500000)
else
  DATA=(--no-generate --database casting_agency_bench --actors 100000 --movies 10000 --roles 50000)
fi
OUT=bench/results/profile-$SIZE-$(date -u +%Y-%m-%d-%H%M).md
for ((i = 0; i < ${#ARGS[@]}; i++)); do [[ ${ARGS[i]} == --out ]] && OUT=${ARGS[i + 1]}; done

bench/run.sh "${DATA[@]}" --scenarios "get_by_id list_first_pages candidates" --duration 10s --pgbench --trace \
  --out "$OUT" "${ARGS[@]}" 2>&1 | tee /dev/stderr | grep -o '(raw wrk output: [^)]*)' | tail -1 > /tmp/casting-agency-profile.raw || true
RAW=$(sed 's/(raw wrk output: \(.*\))/\1/' /tmp/casting-agency-profile.raw)
[[ -d $RAW ]] || { echo "bench/run.sh did not finish" >&2; exit 1; }
echo
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
python3 bench/scripts/profile_layers.py "$RAW" --top "$TOP"
python3 bench/scripts/profile_layers.py "$RAW" --summary
echo "results: $OUT (raw: $RAW: nettrace, speedscope, wrk and pgbench outputs)"
