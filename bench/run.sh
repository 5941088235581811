#!/usr/bin/env bash
# Benchmarks: bench/run.sh SCENARIO|all
# Builds Plenary, starts it on a fresh database, generates the dataset, runs the scenarios (each bounded
# in time) and, for the thread reads and the post write, pgbench with the same SQL on the same database
# and as many connections as the server's pool. Writes JSON per scenario and a Markdown table to
# bench/results/<run>/ (and bench/results/latest.md). Never part of the tests or of CI.
#
# post-comment spreads its writers over 100 threads, post-comment-hot puts them all into one; during post-comment,
# SearchLag measures how soon search finds a post once it is acknowledged (and search-lag does, with no other load).
# Environment: SCALE=small|large (small), SEED (42), DURATION seconds per scenario (20), CONNECTIONS (64),
# SSE_SUBSCRIBERS (1000), SSE_TWO_SUBSCRIBERS over two instances in sse-two-instances (10000), OVERLOAD_CONNECTIONS for the overload scenario (500), SESSION_PAGE_CONNECTIONS pages
# loaded at once in session-page (8), UPLOAD_CONNECTIONS 10 MB uploads at once in upload-10mb (4), BENCH_WARMUP seconds of
# uncounted load before each scenario (5), PLENARY_MAX_REQUESTS_IN_FLIGHT for the server (its default),
# SERVER_JAVA_OPTS for the server's JVM (-Xmx256m: the heap a production deployment would give it),
# SKIP_BUILD=1 to run the jars already built (to compare two builds in turn, as issue 14's A/B did),
# PGHOST/PGPORT/PGUSER of a PostgreSQL to create the database on (127.0.0.1, 5432, postgres), BENCH_PORT (18080;
# sse-two-instances starts a second server on BENCH_PORT+1, on the same database, with SERVER2_JAVA_OPTS),
# PROFILE=1 to record each scenario of the (first) server with JFR and summarise where its CPU went (JfrSummary),
# KEEP_DATABASE=1 to leave the benchmark's database (its name is printed) for EXPLAIN afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."

STARTED_AT=$(date +%s)
SCENARIO=${1:-all}
SCALE=${SCALE:-small}
SEED=${SEED:-42}
DURATION=${DURATION:-20}
CONNECTIONS=${CONNECTIONS:-64}
POOL=${PLENARY_DB_POOL_SIZE:-16}
PGHOST=${PGHOST:-127.0.0.1}; PGPORT=${PGPORT:-5432}; PGUSER=${PGUSER:-postgres}
PORT=${BENCH_PORT:-18080}
DB=plenary_bench_$$
# The server signs its cursors with this key, and the load client with the same one, so that thread-deep-page
# can start at a page of its choosing as a client following `next` links would reach it.
export PLENARY_CURSOR_KEY=${PLENARY_CURSOR_KEY:-plenary-bench-cursor-key-not-a-secret-0123456789}
RUN=bench/results/$(date -u +%Y%m%dT%H%M%SZ)-$SCALE
mkdir -p "$RUN"
export PGHOST PGPORT PGUSER

command -v pgbench >/dev/null || { echo "pgbench is needed (Debian: postgresql-client or postgresql)"; exit 1; }
echo "Building..."
[ -n "${SKIP_BUILD:-}" ] || mvn -q -B -DskipTests -Pbench package

psql -d postgres -qc "CREATE DATABASE $DB"
SERVER_PID=
SERVER2_PID=
cleanup() {
  [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null || true
  [ -n "$SERVER2_PID" ] && kill "$SERVER2_PID" 2>/dev/null && wait "$SERVER2_PID" 2>/dev/null || true
  if [ -n "${KEEP_DATABASE:-}" ]; then echo "Kept the database $DB"
  else psql -d postgres -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)" || true; fi
}
trap cleanup EXIT

# start_server PORT JAVA_OPTS LOG: a server on the benchmark's database; its pid in STARTED_PID once it is ready.
start_server() {
  PLENARY_DB_URL="postgresql://$PGUSER@$PGHOST:$PGPORT/$DB" PLENARY_HTTP_PORT=$1 PLENARY_DATA_DIR="$(mktemp -d)" \
    PLENARY_DEMO_CONTENT=false PLENARY_DB_POOL_SIZE=$POOL PLENARY_LOG_LEVEL=WARN \
    java $2 -jar modules/server/target/plenary.jar > "$3" 2>&1 &
  STARTED_PID=$!
  for _ in $(seq 1 120); do curl -sf "http://localhost:$1/health/ready" >/dev/null && break; sleep 0.5; done
}

echo "Starting Plenary on database $DB..."
start_server "$PORT" "${SERVER_JAVA_OPTS:--Xmx256m}" "$RUN/server.log"
SERVER_PID=$STARTED_PID

BENCH="java -cp bench/target/plenary-bench.jar"
echo "Generating the $SCALE dataset..."
$BENCH org.plenary.bench.DatasetGenerator "jdbc:postgresql://$PGHOST:$PGPORT/$DB?user=$PGUSER" "$SCALE" "$SEED" "$RUN/manifest.json"
$BENCH org.plenary.bench.PgbenchScripts "$RUN/pgbench"
NREAD=$(psql -d "$DB" -Atc "SELECT count(*) FROM bench_read_thread")
NWRITE=$(psql -d "$DB" -Atc "SELECT count(*) FROM bench_write_thread")
NAUTHOR=$(psql -d "$DB" -Atc "SELECT count(*) FROM bench_author")

# With PROFILE=1, a JFR recording of the server for the scenario, and a summary of where its CPU went.
profile_start() {
  [ -n "${PROFILE:-}" ] && jcmd "$SERVER_PID" JFR.start name="$1" settings=profile filename="$PWD/$RUN/$1.jfr" > /dev/null || true
}
profile_stop() {
  if [ -n "${PROFILE:-}" ]; then
    jcmd "$SERVER_PID" JFR.stop name="$1" > /dev/null || true
    [ -f "$RUN/$1.jfr" ] && $BENCH org.plenary.bench.JfrSummary "$RUN/$1.jfr" > "$RUN/$1.profile.md" 2>&1 || true
  fi
}

run_scenario() {
  local name=$1 connections=$2 seconds=$3
  echo "Scenario $name: $connections connections, $seconds s"
  profile_start "$name"
  $BENCH org.plenary.bench.LoadClient "$name" "http://localhost:$PORT" "$RUN/manifest.json" "$connections" "$seconds" \
    "$SERVER_PID" "$RUN/$name.json" > /dev/null
  profile_stop "$name"
  if [ -f "$RUN/pgbench/$name.sql" ]; then
    pgbench -n -M prepared -c "$POOL" -j 2 -T "$seconds" -D nread="$NREAD" -D nwrite="$NWRITE" -D nauthor="$NAUTHOR" \
      -f "$RUN/pgbench/$name.sql" "$DB" > "$RUN/$name.pgbench.txt" 2>&1 || true
  fi
  # the plain page (50 posts, authors, organizations) the thread pages' SQL is compared with (issue 21)
  if [ "$name" = thread-first-page ] && [ -f "$RUN/pgbench/thread-plain-page.sql" ]; then
    pgbench -n -M prepared -c "$POOL" -j 2 -T "$seconds" -D nread="$NREAD" \
      -f "$RUN/pgbench/thread-plain-page.sql" "$DB" > "$RUN/thread-plain-page.pgbench.txt" 2>&1 || true
    pgbench -n -M prepared -c "$POOL" -j 2 -T "$seconds" -D nread="$NREAD" \
      -f "$RUN/pgbench/thread-page-sql.sql" "$DB" > "$RUN/thread-page-sql.pgbench.txt" 2>&1 || true
  fi
}

# After a write scenario: wait (at most 5 min) until every durable consumer of the outbox (notifications, search
# indexing) has caught up, so that its backlog does not run under the next scenario; how long that took is a figure
# of its own (a post into a watched thread makes a notification for each watcher).
drain_consumers() {
  local from=$(date +%s.%N) behind
  for _ in $(seq 1 600); do
    behind=$(psql -d "$DB" -Atc "SELECT coalesce((SELECT max(commit_order) FROM outbox_event), 0)
      - coalesce((SELECT min(last_position) FROM event_consumer), 0)")
    [ "$behind" -le 0 ] && break
    sleep 0.5
  done
  echo "$1: the outbox's consumers caught up $(echo "$(date +%s.%N) - $from" | bc) s after the scenario ended" \
    "($behind events still behind); notifications made: $(psql -d "$DB" -Atc "SELECT count(*) FROM notification")" \
    > "$RUN/$1.drain.txt"
}

SCENARIOS="thread-first-page thread-deep-page thread-last-page thread-revalidate topic-threads search search-signed-in search-alone search-signed-in-alone post-comment post-comment-hot search-lag summary-5000 session-page upload-10mb sse-fanout sse-two-instances match overload"
[ "$SCENARIO" != all ] && SCENARIOS=$SCENARIO
for name in $SCENARIOS; do
  case $name in
    summary-5000) run_scenario "$name" 1 "$DURATION" ;;
    search-lag)
      echo "Scenario search-lag: one writer, nothing else, $DURATION s"
      $BENCH org.plenary.bench.SearchLag "http://localhost:$PORT" "$RUN/manifest.json" "$DURATION" \
        > "$RUN/search-lag-alone.txt" 2>&1 || true ;;
    post-comment)
      # meanwhile, how soon search finds a post after it is acknowledged (indexed by the outbox's consumer)
      $BENCH org.plenary.bench.SearchLag "http://localhost:$PORT" "$RUN/manifest.json" "$((DURATION + ${BENCH_WARMUP:-5}))" \
        > "$RUN/search-lag.txt" 2>&1 &
      LAG_PID=$!
      run_scenario "$name" "$CONNECTIONS" "$DURATION"
      wait "$LAG_PID" || true
      drain_consumers "$name" ;;
    post-comment-hot)
      run_scenario "$name" "$CONNECTIONS" "$DURATION"
      drain_consumers "$name" ;;
    search|search-signed-in) run_scenario "$name" 8 "$DURATION" ;;
    search-alone|search-signed-in-alone) run_scenario "$name" 1 "$DURATION" ;;
    session-page) run_scenario "$name" "${SESSION_PAGE_CONNECTIONS:-8}" "$DURATION" ;;
    upload-10mb) run_scenario "$name" "${UPLOAD_CONNECTIONS:-4}" "$DURATION" ;;
    overload) run_scenario "$name" "${OVERLOAD_CONNECTIONS:-500}" "$DURATION" ;;
    match)
      echo "Scenario match: 10,000 needs x 10,000 offers (bench/capacity)"
      PLENARY_BENCH_DB_URL="postgresql://$PGUSER@$PGHOST:$PGPORT/postgres" \
        java -jar bench/capacity/target/capacity-bench.jar 10000 10000 200 > "$RUN/match.txt" 2>&1 || true ;;
    sse-fanout)
      echo "Scenario sse-fanout: ${SSE_SUBSCRIBERS:-1000} subscribers, 20 posts"
      profile_start sse-fanout
      java -cp modules/server/target/plenary.jar bench/live/SseLatencyBench.java "http://localhost:$PORT" \
        "${SSE_SUBSCRIBERS:-1000}" 20 "$SERVER_PID" > "$RUN/sse-fanout.txt" 2>&1 || true
      profile_stop sse-fanout ;;
    sse-two-instances)
      echo "Scenario sse-two-instances: ${SSE_TWO_SUBSCRIBERS:-10000} subscribers over two servers, 20 posts"
      start_server $((PORT + 1)) "${SERVER2_JAVA_OPTS:--Xmx256m}" "$RUN/server2.log"
      SERVER2_PID=$STARTED_PID
      java -cp modules/server/target/plenary.jar bench/live/SseLatencyBench.java \
        "http://localhost:$PORT,http://localhost:$((PORT + 1))" "${SSE_TWO_SUBSCRIBERS:-10000}" 20 \
        "$SERVER_PID,$SERVER2_PID" > "$RUN/sse-two-instances.txt" 2>&1 || true
      kill "$SERVER2_PID" 2>/dev/null && wait "$SERVER2_PID" 2>/dev/null || true
      SERVER2_PID= ;;
    *) run_scenario "$name" "$CONNECTIONS" "$DURATION" ;;
  esac
done

$BENCH org.plenary.bench.Report "$RUN" > /dev/null
if [ -f "$RUN/match.txt" ]; then
  { echo; echo "Matching, 10,000 needs x 10,000 offers:"; echo; grep '^A new need' "$RUN/match.txt"; echo; grep '^|' "$RUN/match.txt"; } \
    >> "$RUN/results.md"
fi
if [ -f "$RUN/search-lag-alone.txt" ]; then
  { echo; echo "One writer alone, how soon search finds each post:"; echo; tail -1 "$RUN/search-lag-alone.txt"; } >> "$RUN/results.md"
fi
if [ -f "$RUN/search-lag.txt" ]; then
  { echo; echo "During post-comment, one more writer's posts:"; echo; tail -1 "$RUN/search-lag.txt"; } >> "$RUN/results.md"
fi
for drained in "$RUN"/*.drain.txt; do
  [ -f "$drained" ] && { echo; cat "$drained"; } >> "$RUN/results.md"
done
for sse in sse-fanout sse-two-instances; do
  if [ -f "$RUN/$sse.txt" ]; then
    { echo; echo "$sse (delay from POST to delivery):"; echo; echo '```'; cat "$RUN/$sse.txt"; echo '```'; } \
      >> "$RUN/results.md"
  fi
done
for profile in "$RUN"/*.profile.md; do
  [ -f "$profile" ] && { echo; echo "Profile of $(basename "$profile" .profile.md) (JFR, the first server):"; echo; cat "$profile"; } >> "$RUN/results.md"
done
GENERATED_IN=$(grep -o '"seconds" : [0-9.]*' "$RUN/manifest.json" | grep -o '[0-9.]*$' || true)
{ echo; echo "Whole run, build to table: $(( ($(date +%s) - STARTED_AT) / 60 )) min $(( ($(date +%s) - STARTED_AT) % 60 )) s (dataset: ${GENERATED_IN:-?} s)"; } >> "$RUN/results.md"
cp "$RUN/results.md" bench/results/latest.md
cat "$RUN/results.md"
