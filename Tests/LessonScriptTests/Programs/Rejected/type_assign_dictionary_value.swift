var counts = ["threes": 6131]
counts["sevens"] = "many"
print(counts)
