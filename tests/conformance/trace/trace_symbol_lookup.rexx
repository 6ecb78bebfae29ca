/* TRACE I and R: SYMBOL() looks its name up as a variable reference does (Regina): a simple
   symbol or stem shows its value, or unset its name as given (>V> once it has existed, >L>
   before); a compound with a set variable in its tail shows its derived name (TRACE I) */
trace i
a = 1
say symbol('a') symbol('b') symbol('A') symbol(' a') symbol('1')
a.1 = 1
say symbol('a.1') symbol('a.2') symbol('a.') symbol('z.')
z. = 1
say symbol('z.')
i = 1
say symbol('a.i')
y = 'q'
say symbol('x.y') symbol('x.1.y') symbol('x.1.z') symbol('x.Y') symbol('x..y') symbol('x.y.z')
drop a
say symbol('a')
x = 'a'
say symbol(x)
trace r
say symbol('i') symbol('b') symbol('a.i')
say symbol('i') symbol('b')
