struct Buffer {
    var bytes: [UInt8] = []
    deinit {
        print("freed")
    }
}
print(Buffer().bytes)
