#!/usr/bin/env bash
# Builds Plenary's base image from Debian packages alone, with no container engine and no registry:
# mmdebstrap makes a minimal Debian root (the essential packages, Debian's Java 17 runtime, CA certificates,
# time zones) with a non-root user, umoci packs it as an OCI image layout, and skopeo writes it as the
# docker-archive tarball Jib takes as its base (`tar://`). Run as root (mmdebstrap's root mode); as root on
# Debian it installs those three tools itself when they are missing.
#
#   infra/image/build-base.sh [OUTPUT_DIR]      # default: infra/image/target
#
# Output: OUTPUT_DIR/plenary-base.tar (docker-archive, for Jib) and OUTPUT_DIR/oci (the OCI layout).
# Skipped when the tarball is newer than this script (delete it, or FORCE=1, to rebuild).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="${1:-$here/target}"
suite="${PLENARY_BASE_SUITE:-bookworm}"
uid=10001
mkdir -p "$out"
if [ -z "${FORCE:-}" ] && [ "$out/plenary-base.tar" -nt "$0" ]; then
  echo "build-base: $out/plenary-base.tar is up to date"
  exit 0
fi

missing=()
for tool in mmdebstrap umoci skopeo; do command -v "$tool" >/dev/null || missing+=("$tool"); done
if [ ${#missing[@]} -gt 0 ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "build-base: installing ${missing[*]} from Debian"
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null || { apt-get -o DPkg::Lock::Timeout=600 update -qq &&
    DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null; }
  missing=()
  for tool in mmdebstrap umoci skopeo; do command -v "$tool" >/dev/null || missing+=("$tool"); done
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "build-base: needs ${missing[*]} (Debian: apt-get install mmdebstrap umoci skopeo), and root" >&2
  exit 1
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# Reproducible: file times and package choice are those of the suite at build time; SOURCE_DATE_EPOCH pins
# what mmdebstrap writes itself.
export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-$(date +%s)}"
mmdebstrap --quiet --variant=essential \
  --include=openjdk-17-jre-headless,ca-certificates,tzdata \
  --dpkgopt='path-exclude=/usr/share/doc/*' --dpkgopt='path-exclude=/usr/share/man/*' \
  --dpkgopt='path-exclude=/usr/share/locale/*' --dpkgopt='path-exclude=/usr/share/info/*' \
  --setup-hook='mkdir -p "$1/usr/share/man/man1"' \
  --customize-hook="echo 'plenary:x:$uid:$uid:Plenary:/var/lib/plenary:/usr/sbin/nologin' >> \"\$1/etc/passwd\"" \
  --customize-hook="echo 'plenary:x:$uid:' >> \"\$1/etc/group\"" \
  --customize-hook="mkdir -p \"\$1/var/lib/plenary/data\" && chown -R $uid:$uid \"\$1/var/lib/plenary\" && chmod -R 0750 \"\$1/var/lib/plenary\"" \
  --customize-hook='rm -rf "$1"/var/cache/apt/* "$1"/var/lib/apt/lists/* "$1"/var/log/*' \
  "$suite" "$work/rootfs.tar"

# The OCI layout: one layer (the root), the runtime's settings. Jib adds the application's layers on top.
umoci init --layout "$work/oci"
umoci new --image "$work/oci:base"
umoci raw add-layer --image "$work/oci:base" "$work/rootfs.tar"
umoci config --image "$work/oci:base" --os linux --architecture amd64 \
  --config.user "$uid:$uid" --config.workingdir /var/lib/plenary \
  --config.env 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
  --config.env 'JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64' --config.env 'LANG=C.UTF-8' \
  --author 'Plenary (built from Debian packages by infra/image/build-base.sh)' \
  --history.created_by "mmdebstrap --variant=essential $suite + openjdk-17-jre-headless"
umoci gc --layout "$work/oci"

rm -rf "$out/oci" "$out/plenary-base.tar"
cp -r "$work/oci" "$out/oci"
skopeo copy --quiet "oci:$work/oci:base" "docker-archive:$out/plenary-base.tar:plenary-base:$suite"
echo "build-base: wrote $out/plenary-base.tar ($(du -h "$out/plenary-base.tar" | cut -f1))"
