import LessonDisplay
import Testing

/// Colour maps against matplotlib 3.11's own numbers (`mpl.colormaps[name](i)` for table entries,
/// `cmap(x, bytes=True)` and `rgb2hex(cmap(x))` for lookups), recorded with matplotlib.
struct ColourMapTests {
    /// Entries 1, 37, 128, 200 and 254 of each table, exactly as matplotlib computes them.
    static let entries: [String: [[Double]]] = [
        "Greys": [
            [0.9981545559400231, 0.9981545559400231, 0.9981545559400231],
            [0.9266743560169166, 0.9266743560169166, 0.9266743560169166],
            [0.586082276047674, 0.586082276047674, 0.586082276047674],
            [0.27312572087658593, 0.27312572087658593, 0.27312572087658593],
            [0.004552095347943097, 0.004552095347943097, 0.004552095347943097],
        ],
        "PuBu": [
            [0.9976624375240292, 0.9666589773164168, 0.9832064590542099],
            [0.9078354479046521, 0.8920107650903499, 0.9414532871972318],
            [0.4510880430603614, 0.6612072279892349, 0.8108419838523645],
            [0.018531334102268357, 0.41553248750480587, 0.6525182622068435],
            [0.008089196462898886, 0.22379084967320262, 0.35161860822760477],
        ],
        "Blues": [
            [0.9655517108804306, 0.9823452518262207, 0.9990157631680123],
            [0.8554555940023069, 0.9114801999231065, 0.9635832372164552],
            [0.41708573625528644, 0.6806305267204922, 0.8382314494425221],
            [0.10249903883121878, 0.4086889657823914, 0.6828911956939638],
            [0.03137254901960784, 0.19229527104959632, 0.42563629373317957],
        ],
        "Reds": [
            [0.9998769703960015, 0.9582006920415225, 0.9374855824682814],
            [0.9948173779315648, 0.8551018838908112, 0.7926336024605921],
            [0.9835755478662053, 0.4127950788158401, 0.28835063437139563],
            [0.7551710880430603, 0.08442906574394464, 0.10511341791618607],
            [0.4115494040753557, 0.0018454440599769348, 0.05196462898885043],
        ],
        "viridis": [
            [0.26851, 0.009605, 0.335427],
            [0.274128, 0.199721, 0.498911],
            [0.127568, 0.566949, 0.550556],
            [0.440137, 0.811138, 0.340967],
            [0.983868, 0.904867, 0.136897],
        ],
        "gray": [
            [0.00392156862745098, 0.00392156862745098, 0.00392156862745098],
            [0.14509803921568626, 0.14509803921568626, 0.14509803921568626],
            [0.5019607843137255, 0.5019607843137255, 0.5019607843137255],
            [0.7843137254901961, 0.7843137254901961, 0.7843137254901961],
            [0.996078431372549, 0.996078431372549, 0.996078431372549],
        ],
    ]

    @Test(arguments: [ColourMap.greys, .puBu, .blues, .reds, .viridis, .gray])
    func tableEntriesMatchMatplotlib(map: ColourMap) throws {
        let expected = try #require(Self.entries[map.name])
        #expect(map.colours.count == 256)
        for (index, colour) in zip([1, 37, 128, 200, 254], expected) {
            let actual = map.colours[index]
            #expect([actual.red, actual.green, actual.blue] == colour, "\(map.name)[\(index)]")
        }
    }

    @Test func lookupsMatchMatplotlibBytesAndHex() {
        let points = [0.0, 0.3, 0.5, 0.7, 1.0]
        #expect(points.map { ColourMap.greys.colour(at: $0).bytes[0] } == [255, 206, 149, 94, 0])
        #expect(
            points.map { ColourMap.greys.colour(at: $0).hex } == [
                "#ffffff", "#cecece", "#959595", "#5f5f5f", "#000000",
            ])
        #expect(
            points.map { ColourMap.puBu.colour(at: $0).hex } == ["#fff7fb", "#c0c9e2", "#73a9cf", "#187cb6", "#023858"])
        #expect(
            points.map { ColourMap.puBu.colour(at: $0).bytes } == [
                [255, 247, 251], [191, 201, 225], [115, 168, 206], [23, 124, 182], [2, 56, 88],
            ])
        #expect(
            points.map { ColourMap.viridis.colour(at: $0).hex } == [
                "#440154", "#355f8d", "#21918c", "#44bf70", "#fde725",
            ])
        #expect(
            points.map { ColourMap.blues.colour(at: $0).hex } == [
                "#f7fbff", "#b7d4ea", "#6aaed6", "#2e7ebc", "#08306b",
            ])
    }

    @Test func outOfRangeValuesTakeTheEndsAndNaNHasNoIndex() {
        #expect(ColourMap.greys.index(at: -0.5) == 0)
        #expect(ColourMap.greys.index(at: 1) == 255)
        #expect(ColourMap.greys.index(at: 7) == 255)
        #expect(ColourMap.greys.index(at: .nan) == nil)
        #expect(ColourMap.greys.index(at: 0.999) == 255)
        #expect(ColourMap.greys.index(at: 0.5) == 128)
    }

    @Test func namesAreMatplotlibs() {
        #expect(ColourMap(named: "Greys") == .greys)
        #expect(ColourMap(named: "PuBu") == .puBu)
        #expect(ColourMap(named: "grey") == .gray)
        #expect(ColourMap(named: "greys") == nil)
        #expect(ColourMap.greys.isGrey && ColourMap.gray.isGrey && !ColourMap.puBu.isGrey)
    }

    @Test func namedColoursFollowMatplotlib() {
        #expect(Colour(matplotlibName: "red")?.hex == "#ff0000")
        #expect(Colour(matplotlibName: "g")?.hex == "#008000")
        #expect(Colour(matplotlibName: "c")?.hex == "#00bfbf")
        #expect(Colour(matplotlibName: "C1")?.hex == "#ff7f0e")
        #expect(Colour(matplotlibName: "tab:cyan")?.hex == "#17becf")
        #expect(Colour(matplotlibName: "#1F77B4")?.hex == "#1f77b4")
        #expect(Colour(matplotlibName: "#f80")?.hex == "#ff8800")
        #expect(Colour(matplotlibName: "0.25")?.hex == "#404040")
        #expect(Colour(matplotlibName: "SteelBlue")?.hex == "#4682b4")
        #expect(Colour(matplotlibName: "#+12") == nil)
        #expect(Colour(matplotlibName: "reddish") == nil)
        #expect(Colour(matplotlibName: "1.5") == nil)
    }

    /// pandas' text colour rule: light text when the relative luminance is below 0.408.
    @Test func lightTextOnDarkBackgrounds() {
        #expect(ColourMap.puBu.colour(at: 0.5).wantsLightText)  // #73a9cf: pandas writes #f1f1f1 on it
        #expect(!ColourMap.puBu.colour(at: 0.4).wantsLightText)
        #expect(ColourMap.greys.colour(at: 0.5).wantsLightText)
        #expect(!ColourMap.viridis.colour(at: 0.8).wantsLightText)
        #expect(Colour(red: 1, green: 1, blue: 1).relativeLuminance == 1)
    }
}
