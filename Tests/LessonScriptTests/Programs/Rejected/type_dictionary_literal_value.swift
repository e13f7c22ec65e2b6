let counts: [String: Int] = ["threes": 6131, "sevens": "many"]
print(counts)
