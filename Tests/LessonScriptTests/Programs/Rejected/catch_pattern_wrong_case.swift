enum TrainingError: Error {
    case diverged(loss: Double)
}
func step() throws { throw TrainingError.diverged(loss: 10) }
do {
    try step()
} catch TrainingError.exploded {
    print("exploded")
}
