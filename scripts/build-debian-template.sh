#!/usr/bin/env bash
# Build the Debian 12 container template with python3: `rexxlite-setup debian` (rexxlite/setup/).
#   bash scripts/build-debian-template.sh [--force]
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PYTHONPATH="$repo${PYTHONPATH:+:$PYTHONPATH}" exec python3 -m rexxlite.setup debian "$@"
