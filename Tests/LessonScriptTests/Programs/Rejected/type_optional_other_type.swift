let d = 2.0
let o = Int("3")
print(d + o)
