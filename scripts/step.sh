#!/usr/bin/env bash
# Run one set-up step quietly: a progress line on the terminal, the raw output in a log.
#   scripts/step.sh "<label>" <log file> <command> [args...]
# Prints "<label> … (log: <log>)" and then "done, N s". On failure it prints the last
# $STEP_TAIL (30) lines of the log under the step's name and exits with the command's
# status, so make stops. VERBOSE=1 also shows the raw output. STEP_TIMES=<file> appends
# "<seconds><TAB><label>" per step (make bench-first-run reads it).
set -uo pipefail
[ $# -ge 3 ] || { echo "usage: $0 \"<label>\" <log file> <command> [args...]" >&2; exit 2; }
label=$1 log=$2
shift 2
mkdir -p "$(dirname "$log")"
{ echo "== $(date '+%Y-%m-%d %H:%M:%S') $label"; echo "== \$ $*"; } >"$log"
printf '%s … (log: %s) ' "$label" "$log"
start=$(date +%s.%N)
if [ -n "${VERBOSE:-}" ]; then
  echo
  "$@" 2>&1 | tee -a "$log"
  status=${PIPESTATUS[0]}
else
  "$@" >>"$log" 2>&1 </dev/null
  status=$?
fi
elapsed=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
seconds=${elapsed%.*}
[ -z "${STEP_TIMES:-}" ] || printf '%s\t%s\n' "$elapsed" "$label" >>"$STEP_TIMES"
if [ "$status" -eq 0 ]; then
  echo "done, $seconds s"
  exit 0
fi
echo "FAILED after $seconds s (exit $status)"
echo "---- last ${STEP_TAIL:-30} lines of $log ----"
tail -n "${STEP_TAIL:-30}" "$log"
echo "---- step failed: $label (full log: $log)"
exit "$status"
