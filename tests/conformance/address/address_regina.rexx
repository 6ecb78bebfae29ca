/* ADDRESS REGINA: run a Rexx program (here this one) by the interpreter itself */
if arg(1) = 'child' then do
  say 'child says hello'
  call lineout 'stderr', 'child error line'
  exit 3
end
parse source . . me
address regina me 'child' with output stem o. error stem e.
say 'rc' rc
do i = 1 to o.0; say 'out' o.i; end
do i = 1 to e.0; say 'err' e.i; end
