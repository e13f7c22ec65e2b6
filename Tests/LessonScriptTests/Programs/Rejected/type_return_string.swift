func count() -> Int {
    return "three"
}
print(count())
