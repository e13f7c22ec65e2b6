let label = "three"
print(-label)
