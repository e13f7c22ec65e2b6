let name = "three"
print(!name)
