func reset(_ value: inout Int) { value = 0 }
let steps = 10
reset(&steps)
print(steps)
