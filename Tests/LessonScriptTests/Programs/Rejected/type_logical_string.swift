let name = "three"
let ready = name.count > 0 && name
print(ready)
