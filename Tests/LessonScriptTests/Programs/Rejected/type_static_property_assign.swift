struct Settings {
    static var epochs = 10
}
Settings.epochs = 2.5
print(Settings.epochs)
