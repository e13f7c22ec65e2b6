/// The Python name that the spelling rule turns into a cell's lowerCamelCase name: `batchAccuracy` is fast.ai's
/// `batch_accuracy`. fast.ai names a metric's column after its function, so the epoch table shows this name.
///
/// ```swift
/// pythonName("batchAccuracy")   // "batch_accuracy"
/// pythonName("accuracy")        // "accuracy"
/// pythonName("myMSE")           // "my_mse"
/// ```
func pythonName(_ cellName: String) -> String {
    var name = ""
    var previous: Character?
    for character in cellName {
        // A word starts at a capital that follows a lower-case letter or a digit (`myMSE` is `my` and `MSE`).
        if character.isUppercase, let previous, previous.isLowercase || previous.isNumber { name.append("_") }
        name += character.lowercased()
        previous = character
    }
    return name
}
