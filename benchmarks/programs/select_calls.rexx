/* select_calls.rexx: internal CALLs with arguments, SELECT, compound variables and string built-ins */
count. = 0
do i = 1 to 30000
  call classify i
  count.result = count.result + 1
end
say count.fizz count.buzz count.fizzbuzz count.number
exit

classify: procedure
  arg n
  select
    when n // 15 = 0 then return 'FIZZBUZZ'
    when n // 3 = 0 then return 'FIZZ'
    when n // 5 = 0 then return 'BUZZ'
    otherwise return 'NUMBER'
  end
