func square(_ x: Int) -> Int { x * x }
print(square(x: 3))
