// Overriding properties: observers added to inherited stored properties, computed properties that call super's
// getter and setter, class properties overridden down a hierarchy, and read-only properties made read-write.
class Sensor {
    var reading = 0.0 {
        didSet { log.append("Sensor saw \(reading)") }
    }
    var log: [String] = []
    var label: String { "sensor" }
    class var unit: String { "units" }
    var calibrated: Double {
        get { reading * 1.0 }
        set { reading = newValue }
    }
}

class Thermometer: Sensor {
    override var reading: Double {
        willSet { log.append("Thermometer will see \(newValue)") }
        didSet { log.append("Thermometer saw \(reading) after \(oldValue)") }
    }
    override var label: String { "thermometer (" + super.label + ")" }
    override class var unit: String { "°C" }
    override var calibrated: Double {
        get { super.calibrated + 0.5 }
        set { super.calibrated = newValue - 0.5 }
    }
}

final class PreciseThermometer: Thermometer {
    override class var unit: String { "m" + super.unit }
    override var calibrated: Double {
        get { (super.calibrated * 100).rounded() / 100 }
        set { super.calibrated = newValue }
    }
}

let sensors: [Sensor] = [Sensor(), Thermometer(), PreciseThermometer()]
for sensor in sensors {
    sensor.reading = 20
    sensor.calibrated = 25.123
    print(sensor.label, type(of: sensor).unit, sensor.reading, sensor.calibrated)
    print(sensor.log)
}
print(Sensor.unit, Thermometer.unit, PreciseThermometer.unit)
