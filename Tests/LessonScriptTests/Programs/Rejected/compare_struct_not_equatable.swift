struct Sample {
    var x: Double
    var label: Int
}
let a = Sample(x: 1, label: 0)
let b = Sample(x: 1, label: 0)
print(a == b)
