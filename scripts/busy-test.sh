#!/usr/bin/env bash
# The README's test command, N times in a row, while two CPU-bound processes compete for the cores: the suite must pass
# on a busy laptop, not only on a quiet CI machine (no fixed sleeps, no tight time budgets).
#
#   scripts/busy-test.sh [runs=5] [extra dotnet test arguments...]
#
# Prints one line per run (exit code, wall time) and ends with "N passed, N failed" over the runs.
set -uo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}; shift || true

hogs=()
for _ in 1 2; do
  ( while :; do :; done ) &
  hogs+=($!)
done
trap 'kill "${hogs[@]}" 2>/dev/null' EXIT

passed=0; failed=0
for i in $(seq 1 "$runs"); do
  start=$(date +%s)
  if dotnet test "$@" > "/tmp/busy-test-$i.log" 2>&1; then rc=0; passed=$((passed + 1)); else rc=$?; failed=$((failed + 1)); fi
  echo "run $i: exit $rc in $(( $(date +%s) - start )) s ($(grep -E 'Passed!|Failed!' "/tmp/busy-test-$i.log" | tr '\n' ' '))"
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
