/* SAY of emoji and box-drawing text: bytes in, the same bytes out */
say '🚀 Démarrage ✓'
say '╔══╗'
say '║ok║'
say '╚══╝'
call lineout , '→ lineout 🙂'
call charout , 'charout ✨' || '0a'x
x = '😀'
say x || x length(x || x)
