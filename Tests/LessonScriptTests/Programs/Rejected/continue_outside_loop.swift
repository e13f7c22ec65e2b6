let values = [1, 2, 3]
if values.isEmpty {
    continue
}
print(values)
