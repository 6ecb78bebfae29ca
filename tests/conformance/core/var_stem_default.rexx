/* Assigning to a stem sets every element */
count. = 0
say count.1 count.abc count.
count.1 = count.1 + 1
count.1 = count.1 + 1
say count.1 count.2
count. = 'new'
say count.1 count.2
drop count.1
say count.1 count.2
x.1 = 'before'
x. = 'after'
say x.1
i = 5
y. = 'y'
say y.i y.i.i
