#!/usr/bin/env bash
# Build the VM template image (qcow2 + kernel + initrd): `rexxlite-setup vm-image` (rexxlite/setup/).
#   bash scripts/build-vm-image.sh [--force]
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PYTHONPATH="$repo${PYTHONPATH:+:$PYTHONPATH}" exec python3 -m rexxlite.setup vm-image "$@"
