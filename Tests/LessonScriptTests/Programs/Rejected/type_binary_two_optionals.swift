let a = Int("3")
let b = Int("4")
print(a + b)
