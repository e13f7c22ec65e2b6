var best = 0
let found = [3, 1].first
best = found
print(best)
