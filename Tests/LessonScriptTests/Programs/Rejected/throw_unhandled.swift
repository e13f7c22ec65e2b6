enum Failure: Error { case bad }
func check(_ x: Int) -> Int {
    if x < 0 { throw Failure.bad }
    return x
}
