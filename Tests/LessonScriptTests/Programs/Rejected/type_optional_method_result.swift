let largest = [3, 1].max()
let doubled = largest * 2
print(doubled)
