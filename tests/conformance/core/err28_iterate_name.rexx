/* ITERATE names a loop that is not active */
do i = 1 to 2
  iterate j
end
