#!/usr/bin/env bash
# make bench-first-run: what a newcomer waits for. Clones the committed HEAD into a temporary
# folder (beside a link to ../shared), runs `make run` there on other ports, times every
# step and the first answer to "er det anonymt?", then stops the servers and deletes the
# folder. Ports: BENCH_RASA_PORT (5605), BENCH_ACTIONS_PORT (5655), BENCH_WEB_PORT (8680).
# pip's cache and any local wheel directories pip is configured with are used as they are
# (never wiped), so the install can be faster than on a machine that downloads everything.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
RASA_PORT=${BENCH_RASA_PORT:-5605}
ACTIONS_PORT=${BENCH_ACTIONS_PORT:-5655}
WEB_PORT=${BENCH_WEB_PORT:-8680}
TARGET_SECONDS=300

now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
load() { cut -d' ' -f1-3 /proc/loadavg; }

for port in "$RASA_PORT" "$ACTIONS_PORT" "$WEB_PORT"; do
  if port_in_use "$port"; then
    echo "port $port is in use; choose others (BENCH_RASA_PORT, BENCH_ACTIONS_PORT, BENCH_WEB_PORT)"
    exit 1
  fi
done

tmp=$(mktemp -d "${TMPDIR:-/tmp}/first-run.XXXXXX")
clone=$tmp/main
# The clone's own make and scripts, with nothing from this checkout's environment.
run_env=(env -u VAR_DIR -u ENDPOINTS -u MODEL -u PYTHONPATH -u VIRTUAL_ENV -u MAKEFLAGS -u MAKELEVEL
         RASA_PORT="$RASA_PORT" ACTIONS_PORT="$ACTIONS_PORT" WEB_PORT="$WEB_PORT"
         STEP_TIMES="$tmp/steps.tsv")
cleanup() {
  if [ -x "$clone/scripts/services.sh" ]; then
    (cd "$clone" && "${run_env[@]}" scripts/services.sh stop >/dev/null 2>&1) || true
  fi
  rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

pip_cache=${PIP_CACHE_DIR:-$HOME/.cache/pip}
cache_size=$(du -sh "$pip_cache" 2>/dev/null | cut -f1 || true)
load_before=$(load)
echo "First run from a fresh clone of $(git rev-parse --short HEAD) in $tmp (load average $load_before)"

t0=$(now)
git clone --quiet "$ROOT" "$clone"
[ -d "$ROOT/../shared" ] && ln -s "$ROOT/../shared" "$tmp/shared"
printf '%s\t%s\n' "$(since "$t0")" "git clone" >"$tmp/steps.tsv"

t_run=$(now)
if ! (cd "$clone" && "${run_env[@]}" make --no-print-directory run); then
  echo "make run failed in the fresh clone (its logs: $clone/var/log/, deleted on exit)"
  exit 1
fi
run_seconds=$(since "$t_run")

# The first answer: Danish text from the web channel (Rasa and the action server together).
t_ask=$(now)
answer=""
body='{"sender":"bench","message":"er det anonymt?","metadata":{"municipality":"vejle"}}'
until [ -n "$answer" ]; do
  reply=$(curl -fsS -m 60 -X POST "http://127.0.0.1:$RASA_PORT/webhooks/web/webhook" \
    -H 'Content-Type: application/json' -d "$body" 2>/dev/null || true)
  answer=$(printf '%s' "$reply" | python3 -c '
import json, re, sys
try:
    text = " ".join(r.get("text") or "" for r in json.load(sys.stdin))
except ValueError:
    text = ""
if re.search(r"[æøå]|\b(er|det|du|og|kan|ikke)\b", text, re.I):
    print(" ".join(text.split())[:70])
')
  if [ -z "$answer" ]; then
    if awk -v s="$(since "$t_ask")" 'BEGIN { exit !(s > 120) }'; then
      echo "no Danish answer within 120 s; last reply: ${reply:-none}"; exit 1
    fi
    sleep 0.2
  fi
done
ask_seconds=$(since "$t_ask")
total=$(since "$t0")
printf '%s\t%s\n' "$ask_seconds" "first answer" >>"$tmp/steps.tsv"

echo
echo "Seconds per step (load average $load_before before, $(load) after):"
awk -F'\t' '{ printf "  %7.1f  %s\n", $1, $2 }' "$tmp/steps.tsv"
printf '  %7.1f  %s\n' "$run_seconds" "(make run in all)"
printf '  %7.1f  %s\n' "$total" "from git clone to the first answer (target <= $TARGET_SECONDS s)"
echo "  answer: $answer …"
# What step 1 fetched: pip logs "Downloading <wheel> (12.3 MB)" per package it downloads.
download_mb=$(grep -oE 'Downloading [^ ]+ \([0-9.]+ [kMG]B\)' "$clone/var/log/install.log" 2>/dev/null \
  | awk '{ n = $3; sub(/\(/, "", n); u = $4; f = (u ~ /^kB/) ? 0.001 : (u ~ /^GB/) ? 1000 : 1; s += n * f }
         END { printf "%.0f", s }')
sources=$("$clone/.venv/bin/python" -m pip config list 2>/dev/null | grep -E 'find-links|index-url' \
  | sed 's/^/    /' || true)
echo "Step 1 downloaded ${download_mb:-0} MB of wheels ($(awk -v m="${download_mb:-0}" \
  'BEGIN { printf "%.0f", m * 8 / 50 }') s of that alone at 50 Mbit/s). pip's cache"
echo "($pip_cache, ${cache_size:-empty} before the run) was used as it is, never wiped; pip's sources here:"
echo "${sources:-    PyPI only}"
echo "A slower link or another index makes step 1 slower than on this machine."
if awk -v t="$total" -v m="$TARGET_SECONDS" 'BEGIN { exit !(t > m) }'; then
  echo "slower than the target of $TARGET_SECONDS s"
fi
echo "stopping the servers and deleting $tmp"
