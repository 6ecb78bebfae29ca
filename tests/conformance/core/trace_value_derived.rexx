/* Under TRACE I, VALUE() of a compound name marks the run as a compound reference does: a
   variable tail that is set makes later constant tails show their derived names (>C>), a
   constant or unset one clears that; setting a value through a variable tail shows its
   derived name inside the call (Regina) */
i = 2; a.2 = 'x'; a.1 = 'y'
trace i
say value('a.1')
say a.1
say value('a.i')
say value('b')
say a.1
say value('a.j')
say a.1
say value('a.i', 'z')
say a.1
say value('a.1', 'z')
say a.1
say value('a.i.j')
say a.1 b.3
