var sizes = [6131, 6265]
sizes.append("many")
print(sizes)
