let total = 1
let reset = { total = 0 }
reset()
print(total)
