/* VALUE and SYMBOL together, with indirection */
do i = 1 to 3
  call value 'var'i, i * 10
end
say var1 var2 var3
say value('var' || 2)
say symbol('var1') symbol('var4')
stem.1 = 'a'
say value('stem.1') symbol('stem.1') symbol('stem.2')
old = value('var1', 'new')
say old var1
