#!/usr/bin/env bash
# Proves that a backup restores (docs/OPERATIONS.md, "Backup and restore"), as CI runs it after `mvn verify`:
#  1. starts the server with the demo dialogue: on the embedded PostgreSQL of a fresh data directory, as
#     `java -jar plenary.jar` does (BACKUP_CHECK_SOURCE=embedded, the default), or on a fresh database of the
#     external PostgreSQL (BACKUP_CHECK_SOURCE=external);
#  2. lists every thread and every post through the API (as the Secretariat), with a fingerprint of each;
#  3. backs the database up with `pg_dump -Fc` while the server runs;
#  4. restores the dump into a fresh database of the external PostgreSQL with `pg_restore` and starts the server
#     on that one;
#  5. reads every thread and every post again, by id, and compares them.
# It also checks that every metric the Grafana dashboard and the alerts name is on the server's /metrics.
#
#   infra/backup/backup-restore-check.sh [plenary.jar]
#
# PostgreSQL: BACKUP_CHECK_PG (default postgresql://postgres@127.0.0.1:5432), a role that may create databases;
# its databases plenary_backup_check_* are dropped at the end. The server listens on BACKUP_CHECK_PORT (18190).
# Needs curl, jq, pg_dump, pg_restore and psql (Debian: postgresql-client) of the server's major version or newer.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
jar="${1:-$root/modules/server/target/plenary.jar}"
pg="${BACKUP_CHECK_PG:-postgresql://postgres@127.0.0.1:5432}"
from="${BACKUP_CHECK_SOURCE:-embedded}"
port="${BACKUP_CHECK_PORT:-18190}"
base="http://127.0.0.1:$port"
source_db="plenary_backup_check_source_$$"
restored_db="plenary_backup_check_restored_$$"
work="$(mktemp -d)"
# Run as root, the embedded PostgreSQL runs as nobody, who must be able to enter the data directory's parent.
chmod 755 "$work"
server_pid=""

for tool in curl jq pg_dump pg_restore psql java; do
  command -v "$tool" >/dev/null || { echo "backup-restore-check: needs $tool" >&2; exit 1; }
done
[ -f "$jar" ] || { echo "backup-restore-check: no $jar (build it: mvn -DskipTests package)" >&2; exit 1; }

stop_server() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill -TERM "$server_pid"          # the server stops gracefully on SIGTERM
    wait "$server_pid" || true
  fi
  server_pid=""
}
cleanup() {
  stop_server
  psql -q "$pg/postgres" -c "DROP DATABASE IF EXISTS $source_db WITH (FORCE)" \
    -c "DROP DATABASE IF EXISTS $restored_db WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

start_server() { # database ("embedded": the data directory's own), log file
  local url=""
  [ "$1" = embedded ] || url="$pg/$1"
  PLENARY_ENV=dev PLENARY_DEMO_CONTENT=true PLENARY_HTTP_PORT="$port" PLENARY_PUBLIC_URL="$base" \
    PLENARY_DB_URL="$url" PLENARY_DATA_DIR="$work/data" PLENARY_LOG_FORMAT=TEXT PLENARY_APERTIUM_COMMAND=off \
    java -Xmx384m -jar "$jar" > "$2" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 240); do
    if curl -sf "$base/health/ready" >/dev/null 2>&1; then return 0; fi
    kill -0 "$server_pid" 2>/dev/null || { echo "backup-restore-check: the server stopped; its log:" >&2; tail -30 "$2" >&2; exit 1; }
    sleep 0.5
  done
  echo "backup-restore-check: the server was not ready within 120 s; its log:" >&2; tail -30 "$2" >&2; exit 1
}

token() {
  curl -sf -d grant_type=password -d client_id=plenary-web -d username=secretariat -d password=demo \
    "$base/dev-idp/token" | jq -r .access_token
}

# Every page of a keyset-paginated list: prints its items, one JSON object a line.
all_pages() { # path (with its query), token
  local cursor="" page next
  while :; do
    page="$(curl -sf -H "Authorization: Bearer $2" "$base/api/v1$1${cursor:+&cursor=$cursor}")"
    jq -c '.items[]' <<<"$page"
    next="$(jq -r '.next // empty' <<<"$page")"
    [ -n "$next" ] || break
    cursor="$(printf %s "$next" | jq -sRr @uri)"
  done
}

# What must survive, per resource: a thread's title, kind, audience and status; a post's thread, place, kind,
# parent, text (as rendered), time and author.
thread_print='{id, title, kind, audience, status}'
post_print='{id, threadId, seq, kind, parentId, bodyHtml, createdAt, author: (.author.id // .author)}'

if [ "$from" = embedded ]; then
  echo "backup-restore-check: starting on the embedded PostgreSQL of a fresh data directory, with the demo dialogue"
  start_server embedded "$work/source.log"
  # The embedded server listens on a free loopback port, which its log names (docs/OPERATIONS.md).
  embedded_port="$(sed -nE 's/.*Embedded PostgreSQL listening on 127\.0\.0\.1:([0-9]+).*/\1/p' "$work/source.log" | tail -1)"
  [ -n "$embedded_port" ] || { echo "backup-restore-check: the log names no embedded PostgreSQL port" >&2; exit 1; }
  dump_from="postgresql://postgres@127.0.0.1:$embedded_port/plenary"
else
  echo "backup-restore-check: starting on $source_db with the demo dialogue"
  psql -q "$pg/postgres" -c "CREATE DATABASE $source_db" >/dev/null
  start_server "$source_db" "$work/source.log"
  dump_from="$pg/$source_db"
fi
bearer="$(token)"
all_pages "/threads?limit=100" "$bearer" | jq -c "$thread_print" | sort > "$work/threads.before"
: > "$work/posts.before"
while read -r thread; do
  all_pages "/threads/$thread/posts?limit=200" "$bearer" | jq -c "$post_print" >> "$work/posts.before"
done < <(jq -r .id "$work/threads.before")
sort -o "$work/posts.before" "$work/posts.before"
threads=$(wc -l < "$work/threads.before"); posts=$(wc -l < "$work/posts.before")
echo "backup-restore-check: the API shows $threads threads and $posts posts"
[ "$threads" -gt 0 ] && [ "$posts" -gt 0 ] || { echo "backup-restore-check: no demo dialogue to back up" >&2; exit 1; }

"$root/infra/kubernetes/check-metrics.sh" "$base/metrics"

pg_dump -Fc --no-owner --no-privileges -f "$work/plenary.dump" "$dump_from"
echo "backup-restore-check: pg_dump -Fc wrote $(du -h "$work/plenary.dump" | cut -f1)"
stop_server

psql -q "$pg/postgres" -c "CREATE DATABASE $restored_db" >/dev/null
pg_restore --no-owner --no-privileges --exit-on-error -d "$pg/$restored_db" "$work/plenary.dump"
# The server's own key for the dev issuer lives in the data directory, not the database: a new one is fine.
rm -rf "$work/data"
start_server "$restored_db" "$work/restored.log"
bearer="$(token)"
# One curl per resource, by id; a missing one is written as such. One jq at the end (a process per post is slow).
fetch_each() { # path prefix, ids file, output
  while read -r id; do
    curl -sf -H "Authorization: Bearer $bearer" "$base/api/v1/$1/$id" || printf '{"id":"%s","missing":true}' "$id"
    echo
  done < "$2" > "$3"
}
jq -r .id "$work/threads.before" > "$work/thread.ids"
jq -r .id "$work/posts.before" > "$work/post.ids"
fetch_each threads "$work/thread.ids" "$work/threads.raw"
fetch_each posts "$work/post.ids" "$work/posts.raw"
jq -c "$thread_print" "$work/threads.raw" > "$work/threads.after"
jq -c "$post_print" "$work/posts.raw" > "$work/posts.after"
sort -o "$work/threads.after" "$work/threads.after"; sort -o "$work/posts.after" "$work/posts.after"

failed=0
diff -u "$work/threads.before" "$work/threads.after" | head -20 || failed=1
diff -u "$work/posts.before" "$work/posts.after" | head -20 || failed=1
# The restored server must not have seeded the demo again over the restored dialogue.
again=$(all_pages "/threads?limit=100" "$bearer" | wc -l)
[ "$again" -eq "$threads" ] || { echo "backup-restore-check: $again threads after restoring, not $threads" >&2; failed=1; }
if [ "$failed" -ne 0 ]; then
  echo "backup-restore-check: 0 passed, 1 failed" ; exit 1
fi
echo "backup-restore-check: every one of $threads threads and $posts posts found again after pg_restore"
echo "backup-restore-check: 1 passed, 0 failed"
