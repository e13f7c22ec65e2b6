func square(_ x: Int) -> Int { x * x }
print(square(Int("4")))
