#!/usr/bin/env bash
# Build the container templates the local PROXMOX engine uses, once (cached in
# ${REXXLITE_TEMPLATE_DIR:-/var/lib/vz/template/cache}): `rexxlite-setup templates`.
# Set REXXLITE_SKIP_DEBIAN_TEMPLATE=1 to build only the busybox one.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PYTHONPATH="$repo${PYTHONPATH:+:$PYTHONPATH}" exec python3 -m rexxlite.setup templates "$@"
