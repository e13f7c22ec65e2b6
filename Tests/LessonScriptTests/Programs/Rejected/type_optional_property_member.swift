struct Sample {
    var label: String?
}
let sample = Sample(label: "three")
print(sample.label.count)
