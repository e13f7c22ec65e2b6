for i in 0..<3 {
    i = 2
    print(i)
}
