extension Int {
    func doubled() -> Int { self * 2 }
}
let size: Double = 3.doubled()
print(size)
