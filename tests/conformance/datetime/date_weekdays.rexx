/* Weekdays for a week of days, computed by adding to the base date */
start = date('B', '20261123', 'S')
do i = 0 to 6
  say date('S', start + i, 'B') date('W', start + i, 'B') date('N', start + i, 'B')
end
