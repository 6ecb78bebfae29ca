/* END names a different control variable */
do i = 1 to 2
end j
