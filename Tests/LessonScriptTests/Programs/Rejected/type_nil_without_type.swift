var best = nil
best = 3
print(best)
