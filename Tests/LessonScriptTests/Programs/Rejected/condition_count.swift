let losses = [0.5, 0.3]
if losses.count {
    print("have losses")
}
