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

busy_factor() {  # how many times longer a start-up takes now than on an idle machine:
  # the 1-minute load average per core, rounded up, at least 1 and at most WAIT_SCALE_MAX
  # (default 10). CI and parallel test runs share this machine's 2 cores.
  local cores load
  cores=$(nproc 2>/dev/null || echo 1)
  load=$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo 0)
  awk -v l="$load" -v c="$cores" -v m="${WAIT_SCALE_MAX:-10}" \
    'BEGIN { f = int(l / c + 0.999); if (f < 1) f = 1; if (f > m) f = m; print f }'
}

wait_http() {  # url seconds [name]: until the url answers (HTTP 2xx/3xx)
  # "seconds" is the allowance on an idle machine; it is scaled by busy_factor, read again
  # on every try, so a start-up that is slow only because the machine is busy still gets
  # its time. Each try is bounded (a server that accepts but does not answer yet cannot
  # hang the wait). With a name, the wait ends at once when that process (its pid file in
  # $VAR_DIR/run) is gone: a server that died on start-up is not waited for, and its pid
  # file must name the process that is starting, not the one before it.
  local url=$1 allowance=$2 name=${3:-} started=$SECONDS
  until curl -fsS --connect-timeout 5 --max-time 10 -o /dev/null "$url" 2>/dev/null; do
    if [ -n "$name" ] && ! running "$name"; then
      echo "$name exited while starting (after $((SECONDS - started)) s)"; return 1
    fi
    if [ $((SECONDS - started)) -ge $((allowance * $(busy_factor))) ]; then
      echo "no answer from $url after $((SECONDS - started)) s (allowance ${allowance} s x $(busy_factor) for the load)"
      return 1
    fi
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
  wait_http "http://127.0.0.1:$WEB_PORT/health" 60 web && running web \
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
