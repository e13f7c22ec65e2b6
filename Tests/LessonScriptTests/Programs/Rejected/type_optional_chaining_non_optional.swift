let count = 3
print(count?.description ?? "none")
