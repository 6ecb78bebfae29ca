/* CALL ON NOTREADY: reading continues after the handler */
f = '/tmp/rexxlite-conformance-notready-call.txt'
'rm -f' f
call lineout f, 'a'
call lineout f, 'b'
call lineout f
call on notready name eof
count = 0
done = 0
do until done
  line = linein(f)
  if \done then do
    count = count + 1
    say count line
  end
end
say 'read' count 'lines'
call stream f, 'C', 'CLOSE'
'rm -f' f
exit
eof:
  say 'end of file reached'
  done = 1
  return
