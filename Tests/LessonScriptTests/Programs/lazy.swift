// Lazy properties: computed on first read and stored, in a struct variable as in a class instance.
struct S { var a = 1; lazy var x = 2 }
var s = S()
print(s)
_ = s.x
print(s)
print(s.x)
final class Report {
    var rows: [Int] = [3, 1, 2]
    lazy var sorted: [Int] = {
        print("sorting")
        return rows.sorted()
    }()
}
let report = Report()
print(report.sorted, report.sorted)
report.rows = []
print(report.sorted)
