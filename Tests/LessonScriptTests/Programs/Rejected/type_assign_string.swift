var z = 3
z = "hello"
print(z)
