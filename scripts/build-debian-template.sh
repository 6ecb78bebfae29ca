#!/usr/bin/env bash
# Build a Debian 12 (bookworm) minbase container template with python3, for running rexxlite
# inside containers (ADDRESS PROXMOX "deploy_rexx" / "execute_rexx").
#
#   bash scripts/build-debian-template.sh [--force]
#
# Output: $REXXLITE_TEMPLATE_DIR or /var/lib/vz/template/cache, file
# debian-12-rexxlite_amd64.tar.zst (volid local:vztmpl/debian-12-rexxlite_amd64.tar.zst).
# Cached: does nothing when the file exists (unless --force). Takes 30-60 s; needs root,
# debootstrap and zstd. The mirror is the one apt uses on this host (or $DEBIAN_MIRROR).
set -euo pipefail

name="debian-12-rexxlite_amd64.tar.zst"
dir="${REXXLITE_TEMPLATE_DIR:-/var/lib/vz/template/cache}"
out="$dir/$name"
if [ -f "$out" ] && [ "${1:-}" != "--force" ]; then
    echo "debian template: $out (cached)"
    exit 0
fi
for tool in debootstrap zstd tar; do
    command -v "$tool" >/dev/null || { echo "build-debian-template: $tool is missing (apt-get install debootstrap zstd)" >&2; exit 1; }
done

mirror="${DEBIAN_MIRROR:-}"
if [ -z "$mirror" ]; then
    mirror=$(awk '/^URIs:/ && !/security/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
fi
if [ -z "$mirror" ]; then
    mirror=$(awk '/^deb / && !/security/ {print $2; exit}' /etc/apt/sources.list 2>/dev/null || true)
fi
mirror="${mirror:-http://deb.debian.org/debian}"

mkdir -p "$dir"
work=$(mktemp -d /tmp/rexxlite-debian-XXXXXX)
trap 'rm -rf "$work"' EXIT
rootfs="$work/rootfs"

echo "debian template: debootstrap bookworm from $mirror (30-60 s)..."
debootstrap --variant=minbase --include=python3-minimal,libpython3.11-stdlib,python3 \
    bookworm "$rootfs" "$mirror" >"$work/debootstrap.log" 2>&1 || {
    tail -20 "$work/debootstrap.log" >&2
    exit 1
}

# The container's init: minbase has none. Exit cleanly on LXC's halt signal (SIGPWR).
install -m 755 "$(dirname "$(readlink -f "$0")")/container-init.sh" "$rootfs/sbin/init"
echo "localhost" >"$rootfs/etc/hostname"
printf '127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n' >"$rootfs/etc/hosts"
: >"$rootfs/etc/resolv.conf"
rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/* "$rootfs"/var/log/*.log \
       "$rootfs"/usr/share/doc/* "$rootfs"/usr/share/man/* "$rootfs"/dev/* 2>/dev/null || true

tmp="$dir/.$name.tmp$$"
tar --numeric-owner --xattrs -C "$rootfs" -cf - . | zstd -q -T0 -o "$tmp"
mv -f "$tmp" "$out"
echo "debian template: $out ($(du -k "$out" | cut -f1) KiB)"
