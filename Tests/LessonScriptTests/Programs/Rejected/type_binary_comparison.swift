let threshold = 0.5
let count = 3
print(count < threshold)
