let n = 4
let w = n > 2 ? 1 : "many"
print(w)
