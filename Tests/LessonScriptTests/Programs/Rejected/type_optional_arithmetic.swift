let parsed = Int("3")
print(parsed + 1)
