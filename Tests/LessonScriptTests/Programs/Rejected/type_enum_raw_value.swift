enum Digit: Int {
    case three = 3, seven = 7
}
let name: String = Digit.three.rawValue
print(name)
