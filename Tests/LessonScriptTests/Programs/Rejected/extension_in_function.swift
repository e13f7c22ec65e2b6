func setUp() {
    extension Int {
        var doubled: Int { self * 2 }
    }
}
