let sizes = [28, 28]
sizes[0] = 14
print(sizes)
