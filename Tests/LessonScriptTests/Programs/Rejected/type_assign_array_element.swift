var sizes = [28, 28]
sizes[0] = 2.5
print(sizes)
