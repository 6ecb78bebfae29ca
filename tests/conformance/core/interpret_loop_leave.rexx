/* a loop inside an INTERPRET string takes its own LEAVE */
do i = 1 to 3
  interpret 'do j = 1 to 2; if j = 2 then leave; say i j; end'
end
