protocol Drawable {
    func draw() -> String
}
final class Canvas: Drawable {
    func paint() -> String { "paint" }
}
