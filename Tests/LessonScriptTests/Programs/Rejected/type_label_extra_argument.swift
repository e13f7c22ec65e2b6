func square(_ x: Int) -> Int { x * x }
print(square(3, 4))
