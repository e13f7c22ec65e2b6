func repeatTwice(_ x: Int) -> Int { x * 2 }
print(repeatTwice(2.5))
