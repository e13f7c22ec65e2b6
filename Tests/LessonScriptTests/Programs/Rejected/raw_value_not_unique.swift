enum Code: Int {
    case ok = 200
    case fine = 200
}
