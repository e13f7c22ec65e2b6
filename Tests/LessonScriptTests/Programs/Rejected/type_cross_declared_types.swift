struct Meters { var value: Double }
struct Seconds { var value: Double }
func speed(_ distance: Meters, _ time: Seconds) -> Double { distance.value / time.value }
let d = Meters(value: 100)
print(speed(d, d))
