// A meeting schedule: a Comparable time struct with a failable string initializer, ranges of custom
// Comparable values, overlap checks, sorting and free-slot computation.
struct Time: Comparable, Hashable, CustomStringConvertible {
    let minutes: Int

    init(hour: Int, minute: Int = 0) { minutes = hour * 60 + minute }
    init(minutes: Int) { self.minutes = minutes }

    init?(_ text: String) {
        let parts = text.split(separator: ":").compactMap { Int($0) }
        guard parts.count == 2, (0..<24).contains(parts[0]), (0..<60).contains(parts[1]) else { return nil }
        self.init(hour: parts[0], minute: parts[1])
    }

    static func < (lhs: Time, rhs: Time) -> Bool { lhs.minutes < rhs.minutes }
    static func + (lhs: Time, rhs: Int) -> Time { Time(minutes: lhs.minutes + rhs) }

    var description: String {
        let hour = minutes / 60
        let minute = minutes % 60
        return "\(hour < 10 ? "0" : "")\(hour):\(minute < 10 ? "0" : "")\(minute)"
    }
}

struct Meeting {
    let title: String
    let slot: Range<Time>
    var length: Int { slot.upperBound.minutes - slot.lowerBound.minutes }
}

let requests = [
    ("standup", "09:00", 15), ("review", "13:30", 60), ("lunch", "12:00", 45), ("1:1", "09:10", 30),
    ("bad", "25:00", 10), ("planning", "15:00", 90),
]
var meetings: [Meeting] = []
for (title, start, length) in requests {
    guard let begin = Time(start) else {
        print("skipping \(title): bad time \(start)")
        continue
    }
    let meeting = Meeting(title: title, slot: begin..<(begin + length))
    if let clash = meetings.first(where: { $0.slot.overlaps(meeting.slot) }) {
        print("\(title) overlaps \(clash.title)")
        continue
    }
    meetings.append(meeting)
}
meetings.sort { $0.slot.lowerBound < $1.slot.lowerBound }
for meeting in meetings {
    print(meeting.slot.lowerBound, meeting.slot.upperBound, meeting.title, meeting.length)
}
let day = Time(hour: 9)..<Time(hour: 17)
var free: [Range<Time>] = []
var cursor = day.lowerBound
for meeting in meetings {
    if cursor < meeting.slot.lowerBound { free.append(cursor..<meeting.slot.lowerBound) }
    cursor = max(cursor, meeting.slot.upperBound)
}
if cursor < day.upperBound { free.append(cursor..<day.upperBound) }
print(free.map { "\($0.lowerBound)-\($0.upperBound)" })
print(
    day.contains(Time(hour: 12, minute: 30)), day.contains(Time(hour: 17)),
    Set(meetings.map { $0.slot.lowerBound }).count)
print(meetings.map { $0.length }.reduce(0, +), Time("7:05")!, Time("12:60") == nil)
