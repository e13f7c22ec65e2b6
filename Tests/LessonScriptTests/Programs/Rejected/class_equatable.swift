final class Token: Equatable {
    let text = "a"
}
