#!/bin/busybox sh
# rexxlite VM initrd: load the virtio modules, mount /dev/vda and hand over to its /sbin/init.
/bin/busybox --install -s /bin
mkdir -p /proc /sys /dev /newroot
mount -t proc proc /proc
mount -t sysfs sysfs /sys
mount -t devtmpfs devtmpfs /dev
for module in $(cat /modules.order); do insmod "/modules/$module"; done
i=0
while [ ! -b /dev/vda ] && [ $i -lt 400 ]; do sleep 0.01; i=$((i + 1)); done
mount -t ext4 -o rw /dev/vda /newroot || { echo "rexxlite initrd: cannot mount /dev/vda"; exec sh; }
umount /proc /sys
mount --move /dev /newroot/dev
exec switch_root /newroot /sbin/init
