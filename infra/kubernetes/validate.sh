#!/usr/bin/env bash
# Validates the Kubernetes manifests offline, as CI runs it (.ci/run): each overlay is rendered with kubectl's
# kustomize and every resource checked against a schema: the built-in kinds with kubernetes-models (validators
# generated from the Kubernetes 1.27 API's OpenAPI schemas), the operators' resources with Ajv against the CRD
# schemas kept in schemas/crds/ (CloudNativePG 1.30, Keycloak Operator 26.0, Prometheus Operator 0.93), strict
# about unknown fields as the API server is. Also checks that the realm import is current and that the validator
# still refuses the broken manifests of validator/must-fail.yaml.
set -euo pipefail
cd "$(dirname "$0")"

# kubectl's own kustomize renders the overlays; it must be v4 or newer (kubectl 1.21+). Debian 12's
# kubernetes-client (1.20) is too old for these kustomizations.
kustomize_version="$(kubectl version --client -o json 2>/dev/null | jq -r '.kustomizeVersion // "none"' || echo none)"
case "$kustomize_version" in
  v[4-9].*|v[1-9][0-9].*) ;;
  *) echo "validate.sh: needs kubectl 1.21 or newer with its kustomize v4+ (found: ${kustomize_version})" >&2; exit 1 ;;
esac
if [ ! -d validator/node_modules ]; then
  (cd validator && npm ci --no-audit --no-fund --loglevel=error)
fi

./realm-import.sh /tmp/plenary-realm-import.$$.yaml
if ! diff -q /tmp/plenary-realm-import.$$.yaml base/keycloak/realm-import.yaml >/dev/null; then
  rm -f /tmp/plenary-realm-import.$$.yaml
  echo "validate.sh: base/keycloak/realm-import.yaml is not current: run infra/kubernetes/realm-import.sh" >&2
  exit 1
fi
rm -f /tmp/plenary-realm-import.$$.yaml

node validator/validate.mjs --expect-invalid < validator/must-fail.yaml >/dev/null
for overlay in overlays/*/; do
  echo -n "kubernetes $(basename "$overlay"): "
  kubectl kustomize "$overlay" | node validator/validate.mjs
done
