struct Problem {}
func fail() throws {
    throw Problem()
}
