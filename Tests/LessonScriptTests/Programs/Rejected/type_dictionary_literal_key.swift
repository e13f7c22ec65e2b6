let names: [String: Int] = [3: 6131]
print(names)
