let sizes = [28, 28]
let scaled: [Double] = sizes
print(scaled)
