func log(_ message: String) { print(message) }
let result: Int = log("start")
print(result)
