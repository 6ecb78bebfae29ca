/* a routine whose label shares a line with the clauses before it: the traceback shows
   the failing clause's own text (clauses compiled when first run count the earlier ones) */
call sub
say 'back'
exit; sub: say 'in sub'; x = 1; y = x / 0
