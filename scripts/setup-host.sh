#!/usr/bin/env bash
# Prepare this host for rexxlite: Debian packages, the rexxlite package itself (editable, with the
# test extras), Regina (the reference the benchmark runs against), and the container templates
# the local PROXMOX engine uses. Idempotent; run as root.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

packages=(lxc busybox-static debootstrap zstd xz-utils tmux btrfs-progs regina-rexx lzop
          qemu-system-x86 qemu-utils e2fsprogs)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq "${missing[@]}" >/dev/null
fi

python3 -m pip install -q --disable-pip-version-check -e "$here[test]" 2>&1 | grep -v -i "warning" || true
python3 -c "import rexxlite, lark" >/dev/null

# Container templates (local:vztmpl/...), built once and cached.
if [ -x "$here/scripts/build-templates.sh" ]; then
    bash "$here/scripts/build-templates.sh"
fi

# The VM template image (local:iso/rexxlite-vm_1.0_amd64.qcow2 with its kernel and initrd),
# built once (about a minute) and cached in /var/lib/vz/template/qemu.
if [ -x "$here/scripts/build-vm-image.sh" ]; then
    bash "$here/scripts/build-vm-image.sh"
fi
