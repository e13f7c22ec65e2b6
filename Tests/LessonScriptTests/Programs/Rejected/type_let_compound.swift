let total = 3
total += 1
print(total)
