# Helpers shared by scripts/services.sh (make run) and scripts/cluster.sh (make run-cluster).
# Sourced from the repository root after the caller has set PY, VAR_DIR and CORS_ORIGINS;
# pid files are $VAR_DIR/run/<name>.pid, logs $VAR_DIR/log/<name>.log.
# shellcheck shell=bash

export PYTHONPATH="$PWD${PYTHONPATH:+:$PYTHONPATH}"
export TF_CPP_MIN_LOG_LEVEL=2
export RASA_TELEMETRY_ENABLED=false

running() {  # name: its pid file names a live process
  local pid
  pid=$(cat "$VAR_DIR/run/$1.pid" 2>/dev/null) && [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 1
  # A killed process whose parent has gone can linger as a zombie here: that is not running.
  [ "$(sed 's/.*) //' "/proc/$pid/stat" 2>/dev/null | cut -d' ' -f1)" != Z ]
}

wait_http() {  # url seconds
  local url=$1 deadline=$((SECONDS + $2))
  until curl -fsS -o /dev/null "$url" 2>/dev/null; do
    if [ $SECONDS -ge $deadline ]; then return 1; fi
    sleep 1
  done
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

check_knowledge() {  # a broken knowledge file stops start-up with file and field
  "$PY" -m core.knowledge.base >"$VAR_DIR/log/knowledge.log" 2>&1 \
    || { echo "knowledge base is invalid:"; grep -v ": OK" "$VAR_DIR/log/knowledge.log"; exit 1; }
}

start_web() {  # rasa url: the widget and demo pages on $WEB_PORT (off: none)
  [ "$WEB_PORT" = off ] && return 0
  running web && return 0
  # Another checkout's web service may hold the port (tests run beside `make run`): say so.
  if curl -fsS -o /dev/null "http://127.0.0.1:$WEB_PORT/health" 2>/dev/null; then
    echo "port $WEB_PORT is in use by another web service; not starting one"; return 0
  fi
  WEB_PORT="$WEB_PORT" RASA_URL="$1" CORS_ORIGINS="$CORS_ORIGINS" \
    nohup "$PY" -m web.server >"$VAR_DIR/log/web.log" 2>&1 &
  echo $! >"$VAR_DIR/run/web.pid"
  wait_http "http://127.0.0.1:$WEB_PORT/health" 60 && running web \
    || { echo "web service did not start; see $VAR_DIR/log/web.log"; exit 1; }
}

stop_one() {  # name: TERM, up to 10 s, then KILL
  local name=$1
  if running "$name"; then
    kill "$(cat "$VAR_DIR/run/$name.pid")" 2>/dev/null || true
    for _ in $(seq 1 20); do running "$name" || break; sleep 0.5; done
    running "$name" && kill -9 "$(cat "$VAR_DIR/run/$name.pid")" 2>/dev/null || true
  fi
  rm -f "$VAR_DIR/run/$name.pid"
}
