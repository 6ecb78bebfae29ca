/* INTERPRET with multiple lines, nested INTERPRET, and EXIT/RETURN inside */
interpret 'say "line 1"' || '0a'x || 'say "line 2"'
interpret "interpret 'say ''nested'''"
say f()
interpret 'do i = 1 to 5;' ,
          '  if i = 3 then leave;' ,
          'end'
say 'i is' i
interpret 'signal there'
say 'not reached'
there:
say 'signalled from interpret'
interpret 'exit 4'
say 'not reached'
f: interpret 'return "returned from interpret"'
