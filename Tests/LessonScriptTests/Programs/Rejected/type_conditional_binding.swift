let counts = ["threes": 6131]
let total = counts.count
if let found = total {
    print(found)
}
