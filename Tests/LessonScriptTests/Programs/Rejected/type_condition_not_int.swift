let count = 0
if !count {
    print("none")
}
