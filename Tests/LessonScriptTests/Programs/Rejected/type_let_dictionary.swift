let counts = ["threes": 1]
counts["sevens"] = 2
print(counts)
