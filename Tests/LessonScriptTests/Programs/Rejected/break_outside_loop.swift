func check(_ loss: Double) {
    if loss < 0.1 {
        print("good enough")
        break
    }
}
check(0.05)
