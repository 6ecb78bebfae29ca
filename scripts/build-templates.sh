#!/usr/bin/env bash
# Build the container templates the local PROXMOX engine uses, once (cached in
# ${REXXLITE_TEMPLATE_DIR:-/var/lib/vz/template/cache}):
#   rexxlite-busybox_1.0_amd64.tar.gz   (under a second, from busybox-static)
#   debian-12-rexxlite_amd64.tar.zst    (30-60 s, debootstrap minbase + python3)
# Set REXXLITE_SKIP_DEBIAN_TEMPLATE=1 to build only the busybox one.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
python3 "$here/build-busybox-template.py"
if [ "${REXXLITE_SKIP_DEBIAN_TEMPLATE:-0}" != "1" ]; then
    bash "$here/build-debian-template.sh"
fi
