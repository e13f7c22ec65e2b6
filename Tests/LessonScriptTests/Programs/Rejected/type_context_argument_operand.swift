func repeatTimes(_ count: Int) -> String { String(repeating: "*", count: count) }
let size = 4
let ratio = 0.5
print(repeatTimes(size * ratio))
