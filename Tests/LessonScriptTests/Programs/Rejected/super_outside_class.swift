func describe() -> String {
    super.describe()
}
