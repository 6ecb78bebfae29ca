#!/bin/sh
# rexxlite container init: run /etc/rc.local, then wait until LXC asks us to halt.
# LXC's halt signal is SIGPWR (lxc-stop, pct shutdown); exiting ends the container at once.
export PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
trap 'exit 0' PWR TERM INT USR1 USR2 HUP
[ -x /etc/rc.local ] && /etc/rc.local
while :; do
    sleep 86400 &
    wait
done
