func ratio() -> Int { 2.5 }
print(ratio())
