#!/usr/bin/env bash
# The benchmark: builds what it needs, runs the service jar against a PostgreSQL server (the
# local one when it answers on 127.0.0.1:5432, else the service's embedded one), and writes
# bench/target/bench.json plus a table. Loopback only; every loop is bounded in count and time.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
OUT=bench/target
mkdir -p "$OUT"
CLIENTS=${CLIENTS:-32}
LOAD_SECONDS=${LOAD_SECONDS:-60}
# the replay is measured on at least this many events; the load tops the history up to it
REPLAY_EVENTS=${REPLAY_EVENTS:-200000}
PORT=${BENCH_PORT:-18080}
PASSWORD=bench-admin-password
JAR=service/target/schoolhub.jar
# the JVM options of docs/deployment.md
SERVICE_JVM="-Xmx256m -XX:+UseParallelGC"

echo "== build"
mvn -B -q -Dstyle.color=never -DskipTests package
mvn -B -q -Dstyle.color=never -pl bench dependency:build-classpath -Dmdep.outputFile="$ROOT/$OUT/classpath.txt"
BENCH_CP="bench/target/classes:$(cat "$OUT/classpath.txt")"

SERVICE_PID=""
stop_service() {
  if [ -n "$SERVICE_PID" ] && kill -0 "$SERVICE_PID" 2>/dev/null; then
    kill "$SERVICE_PID"; wait "$SERVICE_PID" 2>/dev/null || true
  fi
  SERVICE_PID=""
}
trap stop_service EXIT

wait_up() {
  for _ in $(seq 1 1200); do
    curl -sf "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null | grep -q UP && return 0
    sleep 0.05
  done
  echo "service did not come up"; tail -50 "$OUT/service.log"; exit 1
}

start_service() { # extra args...
  SERVER_PORT=$PORT SCHOOLHUB_BOOTSTRAP_ADMIN_PASSWORD=$PASSWORD java $SERVICE_JVM -jar "$JAR" "$@" >>"$OUT/service.log" 2>&1 &
  SERVICE_PID=$!
  wait_up
}

# Two starts on the embedded default: the installation's first (it also unpacks PostgreSQL on a
# machine that never ran it, and runs initdb) and a start of the installed service, the figure.
timed_start() {
  local t0 t1
  t0=$(date +%s.%N)
  SCHOOLHUB_DATA_DIR="$OUT/startup-data" start_service
  t1=$(date +%s.%N)
  stop_service
  echo "$t1 - $t0" | bc -l
}
echo "== startup on the embedded default"
rm -rf "$OUT/startup-data" "$OUT/service.log"
FIRST_START_S=$(timed_start)
STARTUP_S=$(timed_start)
echo "first start ${FIRST_START_S}s, start ${STARTUP_S}s"

if pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; then
  DB="schoolhub_bench_$(date +%s)"
  psql -h 127.0.0.1 -U postgres -qc "create database $DB"
  # each run writes a few hundred megabytes; BENCH_KEEP_DB=1 keeps them for a look afterwards
  if [ -z "${BENCH_KEEP_DB:-}" ]; then
    trap 'stop_service; psql -h 127.0.0.1 -U postgres -qc "drop database if exists $DB with (force)" || true' EXIT
  fi
  JDBC="jdbc:postgresql://127.0.0.1:5432/$DB"
  SERVER="local PostgreSQL $(psql -h 127.0.0.1 -U postgres -tAc 'show server_version')"
  DB_ARGS=(--spring.datasource.url="$JDBC" --spring.datasource.username=postgres)
else
  rm -rf "$OUT/bench-data"
  JDBC="jdbc:postgresql://127.0.0.1:54329/postgres"
  SERVER="embedded PostgreSQL"
  DB_ARGS=(--schoolhub.data-dir="$OUT/bench-data" --schoolhub.embedded-port=54329)
fi
echo "== server: $SERVER"

start_service "${DB_ARGS[@]}"
if [ "$SERVER" = "embedded PostgreSQL" ]; then
  # the embedded server lets nobody in without the password it keeps in its data directory
  JDBC="$JDBC?password=$(cat "$OUT/bench-data/postgres-password")"
fi

echo "== baseline: $CLIENTS connections, one row per commit"
BASELINE=$(java -cp "$BENCH_CP" org.schoolhub.bench.Baseline "$JDBC" postgres "$CLIENTS" 15)
echo "$BASELINE"

# The history the replay is measured on, written through the API; it is also the warm-up: on two
# busy cores the JIT needs a minute or two to compile the request path, and a service runs warm.
echo "== history: load until the event store holds $REPLAY_EVENTS events"
rm -f "$OUT/history-load.json"
for _ in 1 2 3; do
  MISSING=$((REPLAY_EVENTS - $(java -cp "$BENCH_CP" org.schoolhub.bench.EventCount "$JDBC" postgres)))
  [ "$MISSING" -le 0 ] && break
  java -cp "$BENCH_CP" org.schoolhub.bench.LoadGenerator "http://127.0.0.1:$PORT" "$PASSWORD" "$CLIENTS" 400 "$MISSING" 64 \
    >>"$OUT/history-load.json"
done
tail -1 "$OUT/history-load.json" 2>/dev/null || true

echo "== load: $CLIENTS clients, ${LOAD_SECONDS}s"
LOAD=$(java -cp "$BENCH_CP" org.schoolhub.bench.LoadGenerator "http://127.0.0.1:$PORT" "$PASSWORD" "$CLIENTS" \
  "$LOAD_SECONDS" 2000000 64 - "$SERVICE_PID")
echo "$LOAD"

echo "== replay of all projections"
REPLAY=$(java -cp "$BENCH_CP" org.schoolhub.bench.ReplayTimer "http://127.0.0.1:$PORT" "$PASSWORD" "$JDBC" postgres)
echo "$REPLAY"

echo "== kill -9 under load, restart, count what was lost"
java -cp "$BENCH_CP" org.schoolhub.bench.LoadGenerator "http://127.0.0.1:$PORT" "$PASSWORD" "$CLIENTS" 12 1000000 64 \
  "$OUT/acked.txt" >"$OUT/kill-load.json" &
LOAD_PID=$!
sleep 5
kill -9 "$SERVICE_PID"; wait "$SERVICE_PID" 2>/dev/null || true
SERVICE_PID=""
wait "$LOAD_PID" || true
start_service "${DB_ARGS[@]}"
KILL=$(java -cp "$BENCH_CP" org.schoolhub.bench.KillCheck "$JDBC" postgres "$OUT/acked.txt" -300 600)
echo "$KILL"

# The Stage 0 -> 1 import of a community of IMPORT_FAMILIES families, made by the generator of
# ../shared/stage0 (it needs python3 with its crypt module; without it the figure is null).
IMPORT_FAMILIES=${IMPORT_FAMILIES:-10000}
echo "== Stage-0 import of $IMPORT_FAMILIES families"
rm -f "$OUT/stage0.sqlite"
if python3 "$ROOT/../shared/stage0/make_stage0_db.py" "$OUT/stage0.sqlite" --families "$IMPORT_FAMILIES" --seed 7 \
    >"$OUT/stage0.counts" 2>&1; then
  IMPORT=$(java -cp "$BENCH_CP" org.schoolhub.bench.ImportTimer "http://127.0.0.1:$PORT" "$PASSWORD" \
    "$OUT/stage0.sqlite" "$IMPORT_FAMILIES")
else
  IMPORT="{\"import_families\":$IMPORT_FAMILIES,\"import_families_per_s\":null}"
  echo "no Stage-0 file: $(tail -1 "$OUT/stage0.counts")"
fi
echo "$IMPORT"
stop_service

java -cp "$BENCH_CP" org.schoolhub.bench.Report "$OUT/bench.json" "$SERVER" "{\"startup_s\":$STARTUP_S,\"first_start_s\":$FIRST_START_S}" "$BASELINE" "$LOAD" "$REPLAY" "$KILL" "$IMPORT"
