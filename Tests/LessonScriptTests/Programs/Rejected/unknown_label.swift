for epoch in 0..<3 {
    for batch in 0..<4 {
        if batch == 2 { continue outer }
        print(epoch, batch)
    }
}
