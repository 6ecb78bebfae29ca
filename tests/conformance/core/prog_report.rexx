/* A formatted report with FORMAT, LEFT, RIGHT and CENTER */
items = 'Apples:1.20:12 Pears:0.85:30 Plums:2.5:7 Figs:12:1'
say center(' Fruit report ', 40, '=')
say left('Item', 10) right('Price', 8) right('Qty', 5) right('Total', 10)
grand = 0
do i = 1 to words(items)
  parse value word(items, i) with name ':' price ':' qty
  total = price * qty
  grand = grand + total
  say left(name, 10) format(price, 5, 2) right(qty, 5) format(total, 7, 2)
end
say copies('-', 40)
say left('Grand total', 24) format(grand, 7, 2)
say 'Average per item:' format(grand / words(items), , 3)
