/* WHILE needs 0 or 1 */
i = 0
do while i + 2
  leave
end
