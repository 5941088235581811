#!/usr/bin/env bash
# Checks that every metric the Grafana dashboard and the alerts name (base/monitoring/) is one the server
# exports: reads a running server's /metrics (infra/backup/backup-restore-check.sh calls it with its server).
# Metrics of other exporters (up, kube-state-metrics' kube_*) are not the server's and are not checked.
#
#   infra/kubernetes/check-metrics.sh http://127.0.0.1:8080/metrics
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
exported="$(curl -sf "$1" | grep -v '^#' | sed -E 's/[{ ].*//' | sort -u)"
named="$(cat "$here/base/monitoring/plenary-dashboard.json" "$here/base/monitoring/prometheusrule.yaml" \
  | grep -oE '\b(plenary|vertx|jvm)_[a-z0-9_]+' | sort -u)"
missing="$(comm -23 <(echo "$named") <(echo "$exported"))"
if [ -n "$missing" ]; then
  echo "check-metrics: the dashboard or the alerts name metrics the server does not export:" >&2
  echo "$missing" >&2
  exit 1
fi
echo "check-metrics: all $(echo "$named" | wc -l) metrics the dashboard and alerts name are on /metrics"
