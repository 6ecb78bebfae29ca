/* The clause text in trace lines: IF to the ';' or line end, ELSE, WHEN, OTHERWISE */
trace a
x = 1
if x = 2 then say 'a'
else say 'b'
if x = 2 then
  say 'c'
else
  say 'd'
if x = 1 then say 'e'; else say 'f'; say 'g'
select
  when x = 2 then
    say 'h'
  otherwise
    say 'i'
    say 'j'
end
do 1; do 1; say 'k'; end; end
say 'l'; say 'm'
