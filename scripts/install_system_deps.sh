#!/usr/bin/env bash
# Install the Debian packages the tests use (redis-server for the Redis tracker store).
# Runs as root (CI does); without root or apt it prints why and leaves tests to skip.
set -u
want=("$@")
[ ${#want[@]} -gt 0 ] || want=(redis-server)
missing=()
for pkg in "${want[@]}"; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
  echo "cannot install ${missing[*]} (needs root and apt-get); tests that need them will skip"
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null 2>&1 || true
apt-get install -y -qq "${missing[@]}" >/dev/null 2>&1 \
  || echo "apt-get install ${missing[*]} failed; tests that need them will skip"
exit 0
