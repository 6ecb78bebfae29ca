/* A reverse Polish calculator using the data queue as a stack */
call rpn '3 4 + 2 *'
call rpn '5 1 2 + 4 * + 3 -'
call rpn '2 3 ** 1 -'
call rpn '10 3 /'
exit
rpn: procedure
  parse arg expr
  do i = 1 to words(expr)
    tok = word(expr, i)
    if datatype(tok, 'N') then push tok
    else do
      pull b; pull a
      select
        when tok = '+' then push a + b
        when tok = '-' then push a - b
        when tok = '*' then push a * b
        when tok = '/' then push a / b
        when tok = '**' then push a ** b
      end
    end
  end
  pull result
  say expr '=' result
  return
