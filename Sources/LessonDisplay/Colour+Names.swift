extension Colour {
    /// A colour as matplotlib reads a colour argument: `#rrggbb` or `#rgb`; a single letter (`"r"`, `"k"`);
    /// `"C0"`...`"C9"` (the default cycle); `"tab:blue"`...; a grey level written as a number in `0...1`
    /// (`"0.75"`); or a common CSS name (`"red"`, `"orange"`, `"steelblue"`...). `nil` for anything else.
    ///
    /// ```swift
    /// Colour(matplotlibName: "red")?.hex       // "#ff0000"
    /// Colour(matplotlibName: "C1")?.hex        // "#ff7f0e"
    /// Colour(matplotlibName: "g")?.hex         // "#008000"
    /// Colour(matplotlibName: "0.25")?.hex      // "#404040"
    /// ```
    public init?(matplotlibName name: String) {
        if let colour = Colour(hex: name) {
            self = colour
        } else if let colour = Self.letters[name] {
            self = colour
        } else if name.count == 2, name.first == "C", let digit = name.last?.wholeNumberValue {
            self = Axes.defaultCycle[digit]
        } else if name.hasPrefix("tab:"), let index = Self.tableauNames.firstIndex(of: String(name.dropFirst(4))) {
            self = Axes.defaultCycle[index]
        } else if let level = Double(name), (0...1).contains(level) {
            self.init(red: level, green: level, blue: level)
        } else if let hex = Self.cssNames[name.lowercased()], let colour = Colour(hex: hex) {
            self = colour
        } else {
            return nil
        }
    }

    /// matplotlib's one-letter colours (its "base colors", not the CSS ones: `"g"` is a darker green).
    private static let letters: [String: Colour] = [
        "b": Colour(red: 0, green: 0, blue: 1), "g": Colour(red: 0, green: 0.5, blue: 0),
        "r": Colour(red: 1, green: 0, blue: 0), "c": Colour(red: 0, green: 0.75, blue: 0.75),
        "m": Colour(red: 0.75, green: 0, blue: 0.75), "y": Colour(red: 0.75, green: 0.75, blue: 0),
        "k": Colour(red: 0, green: 0, blue: 0), "w": Colour(red: 1, green: 1, blue: 1),
    ]

    /// The names of the Tableau colours, in the order of matplotlib's default cycle.
    private static let tableauNames = [
        "blue", "orange", "green", "red", "purple", "brown", "pink", "gray", "olive", "cyan",
    ]

    /// Common CSS colour names, with the values matplotlib gives them.
    private static let cssNames: [String: String] = [
        "black": "#000000", "white": "#ffffff", "red": "#ff0000", "green": "#008000", "blue": "#0000ff",
        "gray": "#808080", "grey": "#808080", "orange": "#ffa500", "purple": "#800080", "brown": "#a52a2a",
        "pink": "#ffc0cb", "olive": "#808000", "cyan": "#00ffff", "magenta": "#ff00ff", "yellow": "#ffff00",
        "navy": "#000080", "teal": "#008080", "gold": "#ffd700", "darkgreen": "#006400", "darkblue": "#00008b",
        "darkred": "#8b0000", "darkorange": "#ff8c00", "lightblue": "#add8e6", "lightgreen": "#90ee90",
        "lightgray": "#d3d3d3", "lightgrey": "#d3d3d3", "darkgray": "#a9a9a9", "darkgrey": "#a9a9a9",
        "salmon": "#fa8072", "crimson": "#dc143c", "indigo": "#4b0082", "violet": "#ee82ee",
        "turquoise": "#40e0d0", "tomato": "#ff6347", "coral": "#ff7f50", "maroon": "#800000", "lime": "#00ff00",
        "silver": "#c0c0c0", "skyblue": "#87ceeb", "steelblue": "#4682b4", "orchid": "#da70d6", "tan": "#d2b48c",
        "chocolate": "#d2691e", "firebrick": "#b22222", "forestgreen": "#228b22", "royalblue": "#4169e1",
        "slategray": "#708090", "slategrey": "#708090",
    ]
}
