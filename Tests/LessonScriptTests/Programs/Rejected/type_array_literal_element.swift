let shape: [Int] = [28, 28.5]
print(shape)
