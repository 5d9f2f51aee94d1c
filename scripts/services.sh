#!/usr/bin/env bash
# Start, stop and check the assistant's processes on localhost.
#   scripts/services.sh start|stop|status     (start = start_servers, then urls)
# Logs go to $VAR_DIR/log/, pid files to $VAR_DIR/run/. Ports: Rasa 5005, actions 5055,
# web (widget and demo pages) 8080, all on 127.0.0.1. WEB_PORT=off leaves the web service out.
# Each server starts through its own entry point, which reads the environment once
# (core/settings.py): python -m actions, python -m bot run (= rasa run), python -m web.server.
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
CREDENTIALS=${CREDENTIALS:-credentials.yml}
VAR_DIR=${VAR_DIR:-var}
LOG_LEVEL=${LOG_LEVEL:-INFO}
mkdir -p "$VAR_DIR/log" "$VAR_DIR/run"
RASA_LOG_FLAG=""; SDK_LOG_FLAG=""
if [ "$LOG_LEVEL" = DEBUG ]; then RASA_LOG_FLAG="--debug"; SDK_LOG_FLAG="--debug"; fi
# shellcheck source=scripts/lib.sh
. scripts/lib.sh
# endpoints.yml names the action server on 5055: another ACTIONS_PORT gets a copy with it.
if [ "$ENDPOINTS" = endpoints.yml ] && [ "$ACTIONS_PORT" != 5055 ]; then
  sed "s|127.0.0.1:5055/|127.0.0.1:$ACTIONS_PORT/|" endpoints.yml >"$VAR_DIR/endpoints.yml"
  ENDPOINTS=$VAR_DIR/endpoints.yml
fi

start() {
  start_servers
  urls
}

start_servers() {  # make run: the progress line "Starting the servers" wraps this
  # Validate the knowledge base first: a broken file stops start-up with file and field.
  check_knowledge
  if ! running actions; then
    # rasa-sdk has no authentication: python -m actions binds to 127.0.0.1 (--interface).
    SANIC_REQUEST_MAX_SIZE=5000000 nohup "$PY" -m actions --port "$ACTIONS_PORT" $SDK_LOG_FLAG \
      >"$VAR_DIR/log/actions.log" 2>&1 &
    echo $! >"$VAR_DIR/run/actions.pid"
  fi
  if ! running rasa; then
    # shellcheck disable=SC2086
    # Sanic reads SANIC_* variables: cap request bodies on the public server.
    SANIC_REQUEST_MAX_SIZE=262144 nohup "$PY" -m bot run --model "$MODEL" --interface 127.0.0.1 --port "$RASA_PORT" \
      --credentials "$CREDENTIALS" --endpoints "$ENDPOINTS" \
      --cors $CORS_ORIGINS $RASA_LOG_FLAG >"$VAR_DIR/log/rasa.log" 2>&1 &
    echo $! >"$VAR_DIR/run/rasa.pid"
  fi
  wait_http "http://127.0.0.1:$ACTIONS_PORT/health" 120 actions || { echo "action server did not start; see $VAR_DIR/log/actions.log"; exit 1; }
  wait_http "http://127.0.0.1:$RASA_PORT/webhooks/web/" 300 rasa || { echo "Rasa did not start; see $VAR_DIR/log/rasa.log"; exit 1; }
  start_web "http://127.0.0.1:$RASA_PORT"
  echo "servers up: Rasa $RASA_PORT, actions $ACTIONS_PORT, web $WEB_PORT"
}

urls() {  # where to look, once the servers run
  echo "Rusmiddelrådgiveren is running (logs in $VAR_DIR/log/, stop with make stop):"
  if [ "$WEB_PORT" != off ]; then
    echo "  demo page   http://localhost:$WEB_PORT/?kommune=vejle   (also /skole, /health)"
    echo "  widget      http://localhost:$WEB_PORT/embed            (snippet for /widget/widget.js)"
    if ! running web && curl -fsS -o /dev/null "http://127.0.0.1:$WEB_PORT/health" 2>/dev/null; then
      echo "  (port $WEB_PORT was taken by another web service: those pages are not this checkout's)"
    fi
  fi
  echo "  webhook     POST http://localhost:$RASA_PORT/webhooks/web/webhook"
  echo "  try it      curl -s localhost:$RASA_PORT/webhooks/web/webhook -H 'Content-Type: application/json' \\"
  echo "                -d '{\"sender\":\"demo\",\"message\":\"er det anonymt?\",\"metadata\":{\"municipality\":\"vejle\"}}'"
}

stop() {
  for name in web rasa actions; do stop_one "$name"; done
  echo "stopped"
}

status() {
  for name in rasa actions web; do
    if running "$name"; then echo "$name: running (pid $(cat "$VAR_DIR/run/$name.pid"))"; else echo "$name: stopped"; fi
  done
}

"${1:-status}"
