/* 'do while 0 for 5': FOR is part of the WHILE expression, whose value is not 0 or 1 */
do while 0 for 5
  nop
end
