#!/usr/bin/env bash
# Scale-out profile on one machine, without Docker:
#   Redis (tracker store + lock store) · two Rasa servers · one action server · nginx.
#   scripts/cluster.sh start|stop|status        (make run-cluster / make stop-cluster)
#   scripts/cluster.sh nginx_config             (only render and check $VAR_DIR/nginx.conf)
# nginx listens where `make run` does (127.0.0.1:5005), so the widget, curl and
# ../shared/eval/ask.py work unchanged; `make run` and `make run-cluster` are alternatives,
# never both at once. Needs the Debian packages redis-server and nginx
# (scripts/install_system_deps.sh redis-server nginx). Logs in $VAR_DIR/log, pids in
# $VAR_DIR/run. All ports can be changed by environment variables (tests use their own).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
NGINX_PORT=${NGINX_PORT:-5005}
RASA_PORTS=${RASA_PORTS:-5006 5007}
ACTIONS_PORT=${ACTIONS_PORT:-5055}
REDIS_PORT=${REDIS_PORT:-6380}
WEB_PORT=${WEB_PORT:-8080}
CORS_ORIGINS=${CORS_ORIGINS:-http://localhost:${WEB_PORT/off/8080} http://127.0.0.1:${WEB_PORT/off/8080}}
MODEL=${MODEL:-models/current.tar.gz}
ENDPOINTS=${ENDPOINTS:-endpoints.cluster.yml}
CREDENTIALS=${CREDENTIALS:-credentials.yml}
VAR_DIR=${VAR_DIR:-var/cluster}
LOG_LEVEL=${LOG_LEVEL:-INFO}
# nginx's limit per client address (whatever sender ids it uses); credentials.yml has the
# same numbers for each Rasa instance (address_messages_per_minute, address_burst).
CLIENT_RATE=${CLIENT_RATE:-120r/m}
CLIENT_BURST=${CLIENT_BURST:-60}
mkdir -p "$VAR_DIR/log" "$VAR_DIR/run" "$VAR_DIR/redis" "$VAR_DIR/nginx"
VAR_DIR=$(cd "$VAR_DIR" && pwd)  # nginx and redis need absolute paths
RASA_LOG_FLAG=""; SDK_LOG_FLAG=""
if [ "$LOG_LEVEL" = DEBUG ]; then RASA_LOG_FLAG="--debug"; SDK_LOG_FLAG="--debug"; fi
# shellcheck source=scripts/lib.sh
. scripts/lib.sh  # running, wait_http, port_in_use, check_knowledge, start_web, stop_one
# Read by endpoints.cluster.yml (ACTIONS_*, REDIS_HOST/PORT) and by the start-up settings
# of each process (REDIS_URL, INSIGHT_REDIS_URL, SENDER_SECRET; core/settings.py).
export ACTIONS_HOST=127.0.0.1 REDIS_HOST=127.0.0.1 ACTIONS_PORT REDIS_PORT
export REDIS_URL="redis://127.0.0.1:$REDIS_PORT/0"
# Anonymous insight counters (insight/store.py): every Rasa instance adds to the same Redis
# hashes and the web service's staff page (/staff/indsigt) reads them; db 2, beside
# conversations (0) and locks (1). Memory-only like the rest: set it to keep counts longer.
export INSIGHT_REDIS_URL=${INSIGHT_REDIS_URL:-redis://127.0.0.1:$REDIS_PORT/2}
# Two Rasa processes share 2 cores: one TensorFlow thread each avoids oversubscription
# (measured in docs/performance.md). Override by setting them before the call.
export TF_INTRA_OP_PARALLELISM_THREADS=${TF_INTRA_OP_PARALLELISM_THREADS:-1}
export TF_INTER_OP_PARALLELISM_THREADS=${TF_INTER_OP_PARALLELISM_THREADS:-1}

need() {  # program package
  command -v "$1" >/dev/null 2>&1 || [ -x "/usr/sbin/$1" ] || {
    echo "$1 is not installed: run scripts/install_system_deps.sh $2 (as root)"; exit 1; }
}

render() {  # template output: replaces @NAME@ by the variables below
  local USER_LINE=${USER_LINE:-} UPSTREAM_SERVERS=${UPSTREAM_SERVERS:-}
  sed -e "s|@VAR_DIR@|$VAR_DIR|g" -e "s|@REDIS_PORT@|$REDIS_PORT|g" \
      -e "s|@NGINX_PORT@|$NGINX_PORT|g" -e "s|@USER_LINE@|$USER_LINE|g" \
      -e "s|@CLIENT_RATE@|$CLIENT_RATE|g" -e "s|@CLIENT_BURST@|$CLIENT_BURST|g" "$1" \
    | awk -v servers="$UPSTREAM_SERVERS" '{ if ($0 == "@UPSTREAM_SERVERS@") print servers; else print }' >"$2"
}

start() {
  need redis-server redis-server
  need nginx nginx
  if ! running nginx && port_in_use "$NGINX_PORT"; then
    echo "port $NGINX_PORT is in use (is \`make run\` running? stop it first with make stop)"; exit 1
  fi
  # A port held by someone else would make us talk to their server: refuse instead.
  local name port
  for name_port in "redis:$REDIS_PORT" "actions:$ACTIONS_PORT" $(for p in $RASA_PORTS; do echo "rasa-$p:$p"; done); do
    name=${name_port%%:*}; port=${name_port##*:}
    if ! running "$name" && port_in_use "$port"; then
      echo "port $port (for $name) is in use by another program; choose other ports"; exit 1
    fi
  done
  check_knowledge

  if ! running redis; then
    render deploy/redis.conf.template "$VAR_DIR/redis.conf"
    redis-server "$VAR_DIR/redis.conf"
    for _ in $(seq 1 50); do running redis && break; sleep 0.1; done
    running redis || { echo "redis did not start; see $VAR_DIR/log/redis.log"; exit 1; }
  fi

  # One key for all instances: the stored conversation id is an HMAC of the browser's id,
  # and every instance must compute the same one. Random per cluster start unless set;
  # it is never written to disk (Redis forgets conversations on restart anyway).
  export SENDER_SECRET=${SENDER_SECRET:-$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')}

  if ! running actions; then
    # rasa-sdk has no authentication: python -m actions binds to 127.0.0.1 (--interface).
    SANIC_REQUEST_MAX_SIZE=5000000 nohup "$PY" -m actions \
      --port "$ACTIONS_PORT" $SDK_LOG_FLAG >"$VAR_DIR/log/actions.log" 2>&1 &
    echo $! >"$VAR_DIR/run/actions.pid"
  fi
  for port in $RASA_PORTS; do
    running "rasa-$port" && continue
    # shellcheck disable=SC2086
    SANIC_REQUEST_MAX_SIZE=262144 nohup "$PY" -m bot run --model "$MODEL" --interface 127.0.0.1 \
      --port "$port" --credentials "$CREDENTIALS" --endpoints "$ENDPOINTS" \
      --cors $CORS_ORIGINS $RASA_LOG_FLAG >"$VAR_DIR/log/rasa-$port.log" 2>&1 &
    echo $! >"$VAR_DIR/run/rasa-$port.pid"
  done
  wait_http "http://127.0.0.1:$ACTIONS_PORT/health" 120 actions \
    || { echo "action server did not start; see $VAR_DIR/log/actions.log"; exit 1; }
  for port in $RASA_PORTS; do
    wait_http "http://127.0.0.1:$port/webhooks/web/" 300 "rasa-$port" \
      || { echo "Rasa on $port did not start; see $VAR_DIR/log/rasa-$port.log"; exit 1; }
  done

  if ! running nginx; then
    nginx_config
    "$NGINX" -c "$VAR_DIR/nginx.conf" -p "$VAR_DIR" -e "$VAR_DIR/log/nginx-error.log"
    for _ in $(seq 1 50); do running nginx && break; sleep 0.1; done
  fi
  wait_http "http://127.0.0.1:$NGINX_PORT/webhooks/web/" 30 nginx \
    || { echo "nginx does not answer on $NGINX_PORT; see $VAR_DIR/log/nginx-error.log"; exit 1; }
  start_web "http://127.0.0.1:$NGINX_PORT"
  echo "Rusmiddelrådgiveren runs as a cluster:"
  echo "  load balancer  http://localhost:$NGINX_PORT/webhooks/web/webhook (nginx, round robin)"
  echo "  Rasa           $(for p in $RASA_PORTS; do printf '127.0.0.1:%s ' "$p"; done)"
  echo "  actions        127.0.0.1:$ACTIONS_PORT    Redis 127.0.0.1:$REDIS_PORT (db 0 conversations, db 1 locks, db 2 insight counters)"
  [ "$WEB_PORT" = off ] || echo "  demo page      http://localhost:$WEB_PORT/?kommune=vejle"
  echo "  stop           make stop-cluster"
}

nginx_config() {  # render $VAR_DIR/nginx.conf from the template and check it (nginx -t)
  need nginx nginx
  UPSTREAM_SERVERS=""
  for port in $RASA_PORTS; do
    UPSTREAM_SERVERS+="        server 127.0.0.1:$port max_fails=1 fail_timeout=5s;"$'\n'
  done
  USER_LINE=""
  if [ "$(id -u)" = 0 ]; then USER_LINE="user nobody nogroup;"; fi  # workers drop root
  render deploy/nginx.conf.template "$VAR_DIR/nginx.conf"
  "$NGINX" -t -q -c "$VAR_DIR/nginx.conf" -p "$VAR_DIR" -e "$VAR_DIR/log/nginx-error.log" \
    || { echo "nginx config is invalid: $VAR_DIR/nginx.conf"; exit 1; }
}

names() {
  echo web nginx
  for pid_file in "$VAR_DIR"/run/rasa-*.pid; do
    [ -e "$pid_file" ] && basename "$pid_file" .pid
  done
  echo actions redis
}

stop() {
  for name in $(names); do stop_one "$name"; done
  echo "stopped"
}

status() {
  for name in $(names); do
    if running "$name"; then echo "$name: running (pid $(cat "$VAR_DIR/run/$name.pid"))"; else echo "$name: stopped"; fi
  done
}

"${1:-status}"
