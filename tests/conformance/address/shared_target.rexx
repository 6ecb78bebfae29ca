/* OUTPUT and ERROR to the same target keep the order the command wrote them */
address system 'echo o1; echo e1 >&2; echo o2' with output stem s. error stem s.
say 's' s.0 s.1 s.2 s.3
s.0 = 1
address system 'echo o3; echo e2 >&2' with output append stem s. error append stem s.
say 's' s.0 s.1 s.2 s.3
address system 'echo o4; echo e3 >&2' with output append stem s. error stem s.
say 'one REPLACE wins:' s.0 s.1 s.2
queue 'old'
address system 'echo q1; echo q2 >&2; echo q3' with output fifo '' error lifo ''
say 'queued' queued()
do queued(); parse pull line; say line; end
address system 'echo o5; echo e5 >&2' with output stem a. error stem b.
say 'separate:' a.0 a.1 b.0 b.1
