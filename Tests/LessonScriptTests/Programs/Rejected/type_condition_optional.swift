let found = [1, 2].first
if found {
    print("found")
}
