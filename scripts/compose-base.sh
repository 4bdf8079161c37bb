#!/usr/bin/env bash
# Builds, on a machine without a registry, the images docker-compose.yml's defaults would pull:
# a Debian bookworm base with this machine's Node in the official node image's layout (the
# stand-in for node:20-bookworm-slim, build argument NODE_IMAGE) that also carries redis-server
# (the stand-in for redis:7-alpine, STEVEDORE_REDIS_IMAGE).
#
#   DOCKER_HOST=... scripts/compose-base.sh     prints the image's tag on stdout
#
# How: debootstrap (Debian's, from the machine's apt mirror) a minbase rootfs with python3, make,
# g++ (node-gyp builds better-sqlite3 here: no prebuilt binary can be downloaded), ca-certificates
# and redis-server; copy /usr/bin/node, npm and Node's headers in under /usr/local as the official
# image has them, and the machine's CA bundle; `docker import` it with the official image's PATH,
# npm_config_nodedir (node-gyp takes the headers on disk instead of downloading them) and
# NODE_EXTRA_CA_CERTS.
# Cached by tag: the tag is a hash of this script, the Node version and the Debian suite, and an
# image already holding it on the engine is not built again (the first build takes a few minutes,
# mostly debootstrap; later calls return at once).
# Needs root (debootstrap, chroot); installs debootstrap with apt when missing.
set -euo pipefail

SUITE=bookworm
MIRROR="${STEVEDORE_DEBIAN_MIRROR:-$(sed -n 's/^URIs: *//p' /etc/apt/sources.list.d/debian.sources 2>/dev/null | head -1)}"
MIRROR="${MIRROR:-http://deb.debian.org/debian}"
DOCKER=/usr/bin/docker
INCLUDE=ca-certificates,python3,make,g++,redis-server
NODE_BIN="$(command -v node)"
NODE_ROOT="$(cd "$(dirname "$(readlink -f "$NODE_BIN")")/.." && pwd)" # /usr or /usr/local
say() { echo "compose-base.sh: $*" >&2; }

node_version="$("$NODE_BIN" -v)"
recipe="$(sha256sum "$0" | cut -c1-12)"
tag="stevedore-base:node${node_version#v}-${SUITE}-${recipe}"

if "$DOCKER" image inspect "$tag" >/dev/null 2>&1; then
  say "$tag is on the engine already"
  echo "$tag"
  exit 0
fi

command -v debootstrap >/dev/null 2>&1 || {
  say "installing debootstrap"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends debootstrap >/dev/null
}

work="$(mktemp -d /var/tmp/stevedore-base.XXXXXX)"
cleanup() { rm -rf "$work"; }
trap cleanup EXIT
rootfs="$work/rootfs"
say "debootstrap $SUITE ($INCLUDE) from $MIRROR"
started=$(date +%s)
debootstrap --variant=minbase --include="$INCLUDE" "$SUITE" "$rootfs" "$MIRROR" >"$work/debootstrap.log" 2>&1 || {
  tail -30 "$work/debootstrap.log" >&2
  exit 1
}
say "debootstrap done in $(($(date +%s) - started)) s"

# Node as the official image lays it out.
mkdir -p "$rootfs/usr/local/bin" "$rootfs/usr/local/lib/node_modules" "$rootfs/usr/local/include"
cp "$NODE_BIN" "$rootfs/usr/local/bin/node"
cp -a "$NODE_ROOT/lib/node_modules/npm" "$rootfs/usr/local/lib/node_modules/npm"
cp -a "$NODE_ROOT/include/node" "$rootfs/usr/local/include/node"
ln -sf ../lib/node_modules/npm/bin/npm-cli.js "$rootfs/usr/local/bin/npm"
ln -sf ../lib/node_modules/npm/bin/npx-cli.js "$rootfs/usr/local/bin/npx"
chroot "$rootfs" /usr/local/bin/node -e 'process.exit(0)' || {
  say "the copied node does not run in the $SUITE rootfs"
  exit 1
}
# This machine's trust store (it holds the CA of the proxy the registries are reached through), and
# Node told to use it as the host's Node is (NODE_EXTRA_CA_CERTS).
cp /etc/ssl/certs/ca-certificates.crt "$rootfs/etc/ssl/certs/ca-certificates.crt"
rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/*

say "docker import $tag"
tar -C "$rootfs" -c . | "$DOCKER" import \
  -c 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
  -c 'ENV npm_config_nodedir=/usr/local' \
  -c 'ENV NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt' \
  -c 'CMD ["node"]' \
  -m "stevedore compose base: debootstrap $SUITE + node $node_version" - "$tag" >/dev/null
say "built $tag in $(($(date +%s) - started)) s"
echo "$tag"
