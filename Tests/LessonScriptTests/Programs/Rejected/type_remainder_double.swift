let loss = 5.5
print(loss % 2)
