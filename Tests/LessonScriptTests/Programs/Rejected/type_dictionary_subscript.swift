let counts = ["threes": 6131]
let total = counts["threes"] + 1
print(total)
