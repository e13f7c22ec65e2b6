var total = 0
total = nil
print(total)
