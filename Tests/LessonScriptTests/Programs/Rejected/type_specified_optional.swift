let counts = ["threes": 6131, "sevens": 6265]
let threes: Int = counts["threes"]
print(threes)
