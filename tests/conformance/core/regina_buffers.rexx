/* Regina's data-queue buffers: MAKEBUF DROPBUF DESBUF BUFTYPE */
say makebuf() makebuf() queued()
push a; push b; queue c
say queued() dropbuf() queued()
say desbuf() queued()
push one; x = makebuf(); queue two; push three
say 'buffers' x queued()
call buftype
say dropbuf(5) queued()
say makebuf() makebuf() dropbuf(2) queued()
say dropbuf(-1) queued()
do queued(); pull line; say 'pulled' line; end
/* a PULL that finds the top buffer empty drops it */
queue bottom
say makebuf() makebuf()
pull line
say line makebuf()
say desbuf() queued()
