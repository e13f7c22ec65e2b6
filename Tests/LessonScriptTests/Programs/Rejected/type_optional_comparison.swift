let first = [3, 1, 2].first
print(first < 3)
