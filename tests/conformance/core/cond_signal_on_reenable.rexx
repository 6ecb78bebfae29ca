/* A trap is disabled after it fires until it is set again */
count = 0
signal on syntax
retry:
count = count + 1
if count > 3 then do
  say 'done after' count - 1 'traps'
  exit
end
x = 'a' + count
exit
syntax:
  say 'trap' count 'rc' rc
  signal on syntax
  signal retry
