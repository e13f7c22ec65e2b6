let a = 3
a = 4
print(a)
