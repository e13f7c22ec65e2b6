let correct = 95
let total = 100.0
print(correct / total)
