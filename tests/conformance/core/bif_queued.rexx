/* QUEUED */
say queued()
do i = 1 to 5; queue i; end
say queued()
pull .
say queued()
push 'x'
say queued()
do queued(); pull; end
say queued()
