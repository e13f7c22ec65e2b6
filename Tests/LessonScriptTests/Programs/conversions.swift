// Unit conversions: an enum with String raw values and computed conversion factors, an extension of Double
// for readable construction, a struct measurement with Comparable, and parsing "12.5 km" strings.
enum LengthUnit: String, CaseIterable {
    case millimeters = "mm", centimeters = "cm", meters = "m", kilometers = "km", miles = "mi"

    var metersPerUnit: Double {
        switch self {
        case .millimeters: return 0.001
        case .centimeters: return 0.01
        case .meters: return 1
        case .kilometers: return 1000
        case .miles: return 1609.344
        }
    }
}

struct Length: Comparable, CustomStringConvertible {
    let value: Double
    let unit: LengthUnit

    var meters: Double { value * unit.metersPerUnit }
    func converted(to other: LengthUnit) -> Length { Length(value: meters / other.metersPerUnit, unit: other) }
    var description: String { "\(value) \(unit.rawValue)" }

    static func < (lhs: Length, rhs: Length) -> Bool { lhs.meters < rhs.meters }
    static func == (lhs: Length, rhs: Length) -> Bool { lhs.meters == rhs.meters }
    static func + (lhs: Length, rhs: Length) -> Length {
        Length(value: lhs.value + rhs.converted(to: lhs.unit).value, unit: lhs.unit)
    }

    init(value: Double, unit: LengthUnit) {
        self.value = value
        self.unit = unit
    }

    init?(_ text: String) {
        let parts = text.split(separator: " ")
        guard parts.count == 2, let value = Double(String(parts[0])), let unit = LengthUnit(rawValue: String(parts[1]))
        else { return nil }
        self.init(value: value, unit: unit)
    }
}

extension Double {
    var km: Length { Length(value: self, unit: .kilometers) }
    var m: Length { Length(value: self, unit: .meters) }
}

let run = 5.km
print(run, run.converted(to: .meters), run.converted(to: .miles).value > 3)
print(1500.0.m < run, 5000.0.m == run, run + 250.0.m, 250.0.m + run)
let inputs = ["12.5 km", "300 m", "2 mi", "ten km", "4 parsecs", "1200 mm"]
let lengths = inputs.compactMap(Length.init)
print(lengths.count, lengths.sorted(), lengths.max()!)
print(lengths.map { $0.converted(to: .centimeters).value })
let total = lengths.reduce(0.0.m) { $0 + $1 }
print(total.converted(to: .kilometers))
print(LengthUnit.allCases.map { $0.rawValue }.joined(separator: ","), LengthUnit(rawValue: "cm") ?? .meters)
