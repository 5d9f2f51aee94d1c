#!/usr/bin/env bash
# Start, stop and check the assistant's processes on localhost.
#   scripts/services.sh start|stop|status
# Logs go to $VAR_DIR/log/, pid files to $VAR_DIR/run/. Ports: Rasa 5005, actions 5055,
# web (widget and demo pages) 8080, all on 127.0.0.1. WEB_PORT=off leaves the web service out.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
RASA_PORT=${RASA_PORT:-5005}
ACTIONS_PORT=${ACTIONS_PORT:-5055}
WEB_PORT=${WEB_PORT:-8080}
# The web service's own origins by default (the widget's host); list embedding sites too.
CORS_ORIGINS=${CORS_ORIGINS:-http://localhost:${WEB_PORT/off/8080} http://127.0.0.1:${WEB_PORT/off/8080}}
MODEL=${MODEL:-models/current.tar.gz}
ENDPOINTS=${ENDPOINTS:-endpoints.yml}
VAR_DIR=${VAR_DIR:-var}
LOG_LEVEL=${LOG_LEVEL:-INFO}
mkdir -p "$VAR_DIR/log" "$VAR_DIR/run"
RASA_LOG_FLAG=""; SDK_LOG_FLAG=""
if [ "$LOG_LEVEL" = DEBUG ]; then RASA_LOG_FLAG="--debug"; SDK_LOG_FLAG="--debug"; fi
export PYTHONPATH="$PWD${PYTHONPATH:+:$PYTHONPATH}"
export TF_CPP_MIN_LOG_LEVEL=2
export RASA_TELEMETRY_ENABLED=false

running() { [ -f "$VAR_DIR/run/$1.pid" ] && kill -0 "$(cat "$VAR_DIR/run/$1.pid")" 2>/dev/null; }

wait_http() {  # url seconds
  local url=$1 deadline=$((SECONDS + $2))
  until curl -fsS -o /dev/null "$url" 2>/dev/null; do
    if [ $SECONDS -ge $deadline ]; then return 1; fi
    sleep 1
  done
}

start() {
  # Validate the knowledge base first: a broken file stops start-up with file and field.
  "$PY" -m actions.knowledge_base >"$VAR_DIR/log/knowledge.log" 2>&1 \
    || { echo "knowledge base is invalid:"; grep -v ": OK" "$VAR_DIR/log/knowledge.log"; exit 1; }
  if ! running actions; then
    # rasa-sdk has no authentication: bind it to localhost only.
    SANIC_HOST=127.0.0.1 SANIC_REQUEST_MAX_SIZE=5000000 nohup "$PY" -m rasa_sdk --actions actions --port "$ACTIONS_PORT" $SDK_LOG_FLAG \
      >$VAR_DIR/log/actions.log 2>&1 &
    echo $! >$VAR_DIR/run/actions.pid
  fi
  if ! running rasa; then
    # shellcheck disable=SC2086
    # Sanic reads SANIC_* variables: cap request bodies on the public server.
    SANIC_REQUEST_MAX_SIZE=262144 nohup .venv/bin/rasa run --model "$MODEL" --interface 127.0.0.1 --port "$RASA_PORT" \
      --credentials credentials.yml --endpoints "$ENDPOINTS" \
      --cors $CORS_ORIGINS $RASA_LOG_FLAG >$VAR_DIR/log/rasa.log 2>&1 &
    echo $! >$VAR_DIR/run/rasa.pid
  fi
  wait_http "http://127.0.0.1:$ACTIONS_PORT/health" 120 || { echo "action server did not start; see $VAR_DIR/log/actions.log"; exit 1; }
  wait_http "http://127.0.0.1:$RASA_PORT/webhooks/web/" 300 || { echo "Rasa did not start; see $VAR_DIR/log/rasa.log"; exit 1; }
  start_web
  echo "Rusmiddelrådgiveren is running:"
  echo "  web channel   POST http://localhost:$RASA_PORT/webhooks/web/webhook"
  echo "  try it        curl -s -X POST localhost:$RASA_PORT/webhooks/web/webhook -H 'Content-Type: application/json' \\"
  echo "                  -d '{\"sender\":\"demo\",\"message\":\"er det anonymt?\",\"metadata\":{\"municipality\":\"vejle\"}}'"
  [ "$WEB_PORT" = off ] || echo "  demo page     http://localhost:$WEB_PORT/?kommune=vejle   (also /skole, /embed, /health)"
  echo "  stop          make stop"
}

start_web() {
  [ "$WEB_PORT" = off ] && return 0
  running web && return 0
  # Another checkout's web service may hold the port (tests run beside `make run`): say so.
  if curl -fsS -o /dev/null "http://127.0.0.1:$WEB_PORT/health" 2>/dev/null; then
    echo "port $WEB_PORT is in use by another web service; not starting one"; return 0
  fi
  WEB_PORT="$WEB_PORT" RASA_URL="http://127.0.0.1:$RASA_PORT" CORS_ORIGINS="$CORS_ORIGINS" \
    nohup "$PY" -m web.server >$VAR_DIR/log/web.log 2>&1 &
  echo $! >$VAR_DIR/run/web.pid
  wait_http "http://127.0.0.1:$WEB_PORT/health" 60 && running web \
    || { echo "web service did not start; see $VAR_DIR/log/web.log"; exit 1; }
}

stop() {
  for name in web rasa actions; do
    if running "$name"; then
      kill "$(cat "$VAR_DIR/run/$name.pid")" 2>/dev/null || true
      for _ in $(seq 1 20); do running "$name" || break; sleep 0.5; done
      running "$name" && kill -9 "$(cat "$VAR_DIR/run/$name.pid")" 2>/dev/null || true
    fi
    rm -f "$VAR_DIR/run/$name.pid"
  done
  echo "stopped"
}

status() {
  for name in rasa actions web; do
    if running "$name"; then echo "$name: running (pid $(cat "$VAR_DIR/run/$name.pid"))"; else echo "$name: stopped"; fi
  done
}

"${1:-status}"
