let sizes: [Int]? = [28, 28]
print(sizes.count)
