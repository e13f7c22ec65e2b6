let sizes = [28, 28]
sizes.append(1)
print(sizes)
