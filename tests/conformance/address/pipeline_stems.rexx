/* A pipeline of commands through stems */
address system 'seq 1 5' with output stem nums.
say 'numbers' nums.0
do i = 1 to nums.0
  nums.i = nums.i * nums.i
end
address system 'paste -sd+ -' with input stem nums. output stem expr.
say 'expression' expr.1
address system 'read e; echo $(($e))' with input stem expr. output stem total.
say 'total' total.1
