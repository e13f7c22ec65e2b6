func double(_ x: inout Int) { x *= 2 }
let a = 1
double(&a)
print(a)
