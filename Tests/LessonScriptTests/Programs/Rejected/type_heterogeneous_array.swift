let sizes = [28, 28]
let row = [sizes.count, "pixels"]
print(row)
