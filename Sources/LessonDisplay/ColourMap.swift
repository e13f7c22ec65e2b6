/// A colour map as matplotlib builds one: a lookup table of 256 colours from low (0) to high (1).
///
/// The ColorBrewer maps (`Greys`, `PuBu`, `Blues`, `Greens`, `Reds`) interpolate their control points into the
/// table exactly as matplotlib's `LinearSegmentedColormap.from_list` does, and `viridis` lists its 256 colours,
/// so colours agree with matplotlib's to the last bit. `Greys` runs from white to black: high values are dark,
/// as in fast.ai's `show_image` and the book's pixel tables.
///
/// ```swift
/// let greys = ColourMap.greys
/// greys.colour(at: 0).hex    // "#ffffff"
/// greys.colour(at: 0.3).hex  // "#cecece"
/// greys.colour(at: 1).hex    // "#000000"
/// ColourMap(named: "PuBu")   // pandas' default for background_gradient
/// ```
public struct ColourMap: Sendable, Equatable {
    /// matplotlib's name for the map, e.g. `Greys`.
    public let name: String
    /// The lookup table: 256 colours from low to high.
    public let colours: [Colour]
    /// The same colours as drawn in images (components times 255, truncated, as `cmap(x, bytes=True)`).
    let bytes: [[UInt8]]

    /// The number of colours in every map's table (matplotlib's default `N`).
    public static let size = 256

    /// White to black: matplotlib's `Greys`.
    public static let greys = ColourMap(name: "Greys", controlPoints: greysControlPoints)
    /// Black to white: matplotlib's `gray`.
    public static let gray = ColourMap(
        name: "gray", controlPoints: [Colour(red: 0, green: 0, blue: 0), Colour(red: 1, green: 1, blue: 1)])
    /// Near-white through purple to dark blue: matplotlib's `PuBu`, pandas' default for `background_gradient`.
    public static let puBu = ColourMap(name: "PuBu", controlPoints: puBuControlPoints)
    /// Near-white to dark blue: matplotlib's `Blues`.
    public static let blues = ColourMap(name: "Blues", controlPoints: bluesControlPoints)
    /// Near-white to dark green: matplotlib's `Greens`.
    public static let greens = ColourMap(name: "Greens", controlPoints: greensControlPoints)
    /// Near-white to dark red: matplotlib's `Reds`.
    public static let reds = ColourMap(name: "Reds", controlPoints: redsControlPoints)
    /// Dark purple through teal to yellow: matplotlib's default map for images.
    public static let viridis = ColourMap(name: "viridis", colours: viridisColours)

    /// Every map this library has, for lookup by name.
    public static let all: [ColourMap] = [greys, gray, puBu, blues, greens, reds, viridis]

    /// The map matplotlib knows by `name` (exact spelling, as matplotlib requires; `"grey"` is `gray`), or `nil`.
    ///
    /// ```swift
    /// ColourMap(named: "Greys")?.name   // "Greys"
    /// ColourMap(named: "greys")         // nil, as matplotlib refuses it
    /// ```
    public init?(named name: String) {
        guard let map = Self.all.first(where: { $0.name == (name == "grey" ? "gray" : name) }) else { return nil }
        self = map
    }

    /// A map listing its colours (`ListedColormap`); `colours` must hold ``size`` entries.
    init(name: String, colours: [Colour]) {
        self.name = name
        self.colours = colours
        bytes = colours.map(\.bytes)
    }

    /// A map interpolating evenly spaced control points into ``size`` colours, as matplotlib's
    /// `LinearSegmentedColormap.from_list(name, colours, N=256)` and its `_create_lookup_table` do.
    init(name: String, controlPoints: [Colour]) {
        let last = controlPoints.count - 1
        let scale = Double(Self.size - 1)
        let stops = (0...last).map { Double($0) * (1.0 / Double(last)) * scale }
        var colours = [controlPoints[0]]
        for index in 1..<Self.size - 1 {
            let x = scale * (Double(index) * (1.0 / scale))
            let upper = stops.firstIndex { $0 >= x } ?? last
            let distance = (x - stops[upper - 1]) / (stops[upper] - stops[upper - 1])
            let (low, high) = (controlPoints[upper - 1], controlPoints[upper])
            func mix(_ a: Double, _ b: Double) -> Double { min(max(distance * (b - a) + a, 0), 1) }
            colours.append(
                Colour(red: mix(low.red, high.red), green: mix(low.green, high.green), blue: mix(low.blue, high.blue)))
        }
        colours.append(controlPoints[last])
        self.init(name: name, colours: colours)
    }

    /// The table index for a value normalised to `0...1`, as matplotlib picks it: `Int(x * 256)`, with 1 and
    /// above mapped to the last colour and values below 0 to the first. NaN gives `nil` (matplotlib's "bad"
    /// colour, transparent).
    ///
    /// ```swift
    /// ColourMap.greys.index(at: 0.5)   // 128
    /// ColourMap.greys.index(at: 1.0)   // 255
    /// ColourMap.greys.index(at: -3)    // 0
    /// ```
    public func index(at x: Double) -> Int? {
        guard !x.isNaN else { return nil }
        let scaled = x * Double(Self.size)
        if scaled < 0 { return 0 }
        if scaled >= Double(Self.size) { return Self.size - 1 }
        return Int(scaled)
    }

    /// The colour for a value normalised to `0...1` (below 0: the first colour; above 1: the last; NaN: the
    /// first, though images and tables treat NaN as missing instead).
    ///
    /// ```swift
    /// ColourMap.puBu.colour(at: 0.5).hex  // "#73a9cf"
    /// ```
    public func colour(at x: Double) -> Colour {
        colours[index(at: x) ?? 0]
    }

    /// Whether every colour of the map is a grey (images in such a map need one channel only).
    public var isGrey: Bool {
        bytes.allSatisfy { $0[0] == $0[1] && $0[1] == $0[2] }
    }

    /// Maps compare by name: each name has one table.
    public static func == (lhs: ColourMap, rhs: ColourMap) -> Bool {
        lhs.name == rhs.name
    }
}
