struct Settings {
    var epochs: Int = "ten"
}
print(Settings())
