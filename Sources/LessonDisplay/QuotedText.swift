extension String {
    /// The string in double quotes for a text form (`[image 28x28 "mean 3" #a41f09]`), with backslashes,
    /// quotes and control characters escaped so that a form always stays on one line.
    ///
    /// ```swift
    /// "say \"hi\"\n".quotedForTextForm  // "\"say \\\"hi\\\"\\n\""
    /// ```
    var quotedForTextForm: String {
        var quoted = "\""
        for scalar in unicodeScalars {
            switch scalar {
            case "\"": quoted += "\\\""
            case "\\": quoted += "\\\\"
            case "\n": quoted += "\\n"
            case "\r": quoted += "\\r"
            case "\t": quoted += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                quoted += "\\u{\(String(scalar.value, radix: 16))}"
            default: quoted.unicodeScalars.append(scalar)
            }
        }
        return quoted + "\""
    }
}
