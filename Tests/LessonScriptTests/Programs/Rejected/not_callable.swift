struct Scale {
    var factor = 2.0
}
let scale = Scale()
print(scale(3))
