#!/bin/sh
# rexxlite VM init (PID 1 on the root disk): mount the kernel file systems, name the virtio
# serial ports as udev would (/dev/virtio-ports/NAME), then keep the QEMU guest agent running.
# Power off: the host asks the agent to run "sync; echo o > /proc/sysrq-trigger" (shutdown).
export PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
mount -t proc proc /proc 2>/dev/null
mount -t sysfs sysfs /sys 2>/dev/null
mount -t devtmpfs devtmpfs /dev 2>/dev/null
mkdir -p /dev/pts /dev/virtio-ports /run /tmp
mount -t devpts devpts /dev/pts 2>/dev/null
mount -t tmpfs tmpfs /run 2>/dev/null
[ -r /etc/hostname ] && hostname "$(cat /etc/hostname)"
# A small guest: let programs reserve address space freely (rexxlite's interpreter thread asks
# for a large stack, which the default heuristic refuses in 128-512 MiB).
echo 1 > /proc/sys/vm/overcommit_memory
for port in /sys/class/virtio-ports/*; do
    [ -r "$port/name" ] && ln -sf "../${port##*/}" "/dev/virtio-ports/$(cat "$port/name")"
done
[ -x /etc/rc.local ] && /etc/rc.local
while :; do
    qemu-ga -m virtio-serial -p /dev/virtio-ports/org.qemu.guest_agent.0 -t /run
    sleep 0.2
done
