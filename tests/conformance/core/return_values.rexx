/* RETURN from functions and subroutines */
say sq(7)
say 'x' || nothing() || 'y'
call sq 3
say result
say twice('ab')
say pick(2)
exit
sq: return arg(1) ** 2
nothing: return ''
twice: procedure
  return arg(1)arg(1)
pick:
  select
    when arg(1) = 1 then return 'one'
    when arg(1) = 2 then return 'two'
    otherwise return 'many'
  end
