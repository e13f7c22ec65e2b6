var best: Int = nil
best = 3
print(best)
