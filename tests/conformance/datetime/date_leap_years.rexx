/* Leap years and day-of-year */
years = '1900 2000 2023 2024 2100'
do i = 1 to words(years)
  y = word(years, i)
  say y 'has' date('D', y'1231', 'S') 'days'
end
say date('N', '20240229', 'S') date('W', '20240229', 'S')
say date('S', date('B', '20240228', 'S') + 1, 'B')
say date('S', date('B', '20230228', 'S') + 1, 'B')
say date('D', '20240301', 'S') date('D', '20230301', 'S')
