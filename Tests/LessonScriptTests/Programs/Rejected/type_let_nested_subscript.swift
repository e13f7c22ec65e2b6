struct Batch {
    var sizes = [1, 2]
}
let batch = Batch()
batch.sizes[0] = 2
print(batch.sizes)
