let digits: Set<String> = ["three", 7]
print(digits)
