var pair = (1, "a")
pair.0 = "x"
print(pair)
