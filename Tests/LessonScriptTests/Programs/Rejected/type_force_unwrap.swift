let sizes = [28, 28]
let width = sizes.count!
print(width)
