/* DATE output formats from a standard (yyyymmdd) input date */
d = '20261128'
formats = 'B D E M N O S U W'
do i = 1 to words(formats)
  f = word(formats, i)
  say f date(f, d, 'S')
end
say date(, d, 'S')
