let name = "digit"
print(name + 3)
