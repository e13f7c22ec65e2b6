func double(_ values: inout [Int]) {
    for index in values.indices { values[index] *= 2 }
}
var sizes = [1, 2, 3]
double(sizes)
print(sizes)
