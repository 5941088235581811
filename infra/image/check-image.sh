#!/usr/bin/env bash
# Checks the image `mvn -Pimage package` wrote (modules/server/target/plenary-image.tar, an OCI archive):
#  1. always, without running it: its configuration (non-root numeric user, the volumes, the port, PLENARY_*
#     settings, the Java entrypoint) with `skopeo inspect`;
#  2. where Debian's podman can run containers here: runs it as Kubernetes would (read-only root file system,
#     /tmp and the data directory as volumes, non-root) against an external PostgreSQL, waits for /health/ready,
#     reads /metrics, then stops it with SIGTERM and checks it stopped gracefully. Where podman cannot run a
#     container, it says why and stops after step 1.
#
#   infra/image/check-image.sh [plenary-image.tar]
#
# CHECK_IMAGE_PG (default postgresql://postgres@127.0.0.1:5432): a role that may create a database, reached from
# the container over the host's network. CHECK_IMAGE_PORT (default 18197). Needs skopeo, jq, curl, psql; podman
# (and runc where crun cannot run on this machine's cgroups) for step 2.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
archive="${1:-$root/modules/server/target/plenary-image.tar}"
pg="${CHECK_IMAGE_PG:-postgresql://postgres@127.0.0.1:5432}"
port="${CHECK_IMAGE_PORT:-18197}"
name="plenary-image-check-$$"
database="plenary_image_check_$$"
[ -f "$archive" ] || { echo "check-image: no $archive (build it: mvn -Pimage package)" >&2; exit 1; }

# 1. The configuration.
config="$(skopeo inspect --config "oci-archive:$archive" | jq '.config')"
fail() { echo "check-image: $*" >&2; exit 1; }
[ "$(jq -r .User <<<"$config")" = "10001:10001" ] || fail "the user is not 10001:10001 (runAsNonRoot needs a numeric user)"
jq -e '.Volumes | has("/tmp") and has("/var/lib/plenary/data")' <<<"$config" >/dev/null \
  || fail "/tmp and /var/lib/plenary/data are not volumes"
jq -e '.ExposedPorts | has("8080/tcp")' <<<"$config" >/dev/null || fail "port 8080 is not exposed"
jq -e '.Env | index("PLENARY_DATA_DIR=/var/lib/plenary/data")' <<<"$config" >/dev/null || fail "PLENARY_DATA_DIR is not set"
jq -e '.Entrypoint[0] == "java" and (.Entrypoint | index("org.plenary.server.Main"))' <<<"$config" >/dev/null \
  || fail "the entrypoint does not start org.plenary.server.Main with java"
echo "check-image: configuration ok (user 10001:10001, volumes /tmp and /var/lib/plenary/data, port 8080)"

# 2. Running it, where podman can.
if ! command -v podman >/dev/null; then
  echo "check-image: podman is not installed (apt-get install podman runc): the image was not run"; exit 0
fi
# Ulimits no higher than this process's (a sandbox may forbid raising them); crun cannot run on hybrid cgroups
# (v1 and v2 mounted together), runc can.
limits=(--ulimit "nofile=$(ulimit -Hn):$(ulimit -Hn)" --ulimit nproc=4096:4096)
loaded="$(podman load -q -i "$archive" 2>&1)" || { echo "check-image: podman cannot load the image: $loaded"; exit 0; }
image="$(sed -n 's/^Loaded image: //p' <<<"$loaded" | head -1)"
runtime=""
why=""
for candidate in crun runc; do
  command -v "$candidate" >/dev/null || continue
  if out="$(timeout 120 podman --runtime "$candidate" run --rm "${limits[@]}" --network host --entrypoint /usr/bin/id \
      "$image" -u 2>&1)"; then
    runtime="$candidate"; break
  fi
  why="$why $candidate: $(tail -1 <<<"$out");"
done
cleanup() {
  podman rm -f "$name" >/dev/null 2>&1 || true
  podman rmi -f "$image" >/dev/null 2>&1 || true
  psql -q "$pg/postgres" -c "DROP DATABASE IF EXISTS $database WITH (FORCE)" >/dev/null 2>&1 || true
  [ -n "${data:-}" ] && rm -rf "$data"
}
trap cleanup EXIT
if [ -z "$runtime" ]; then
  echo "check-image: podman cannot run a container on this machine (${why% ;}): the image was not run"; exit 0
fi

psql -q "$pg/postgres" -c "CREATE DATABASE $database" >/dev/null
data="$(mktemp -d)"; chown 10001:10001 "$data"
podman --runtime "$runtime" run -d --name "$name" "${limits[@]}" --network host \
  --read-only --tmpfs /tmp:rw,size=512m,mode=1777 -v "$data:/var/lib/plenary/data" \
  -e PLENARY_HTTP_PORT="$port" -e PLENARY_DB_URL="$pg/$database" -e PLENARY_APERTIUM_COMMAND=off \
  -e PLENARY_DEMO_CONTENT=false "$image" >/dev/null
ready=""
for _ in $(seq 1 180); do
  if curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1; then ready=yes; break; fi
  [ "$(podman inspect -f '{{.State.Running}}' "$name")" = "true" ] || break
  sleep 1
done
if [ -z "$ready" ]; then
  podman logs "$name" 2>&1 | tail -20 >&2
  fail "the container did not become ready within 180 s"
fi
metrics="$(curl -sf "http://127.0.0.1:$port/metrics")"
grep -q "^plenary_sse_subscribers" <<<"$metrics" || fail "/metrics lacks plenary_sse_subscribers"
echo "check-image: the container ($runtime, read-only root, user $(podman exec "$name" /usr/bin/id -u)) is ready"
podman stop -t 30 "$name" >/dev/null
logs="$(podman logs "$name" 2>&1)"
grep -q '"formattedMessage":"Stopped"' <<<"$logs" || fail "the server did not stop gracefully on SIGTERM"
echo "check-image: stopped gracefully on SIGTERM; 1 passed, 0 failed"
