// Closures stored in objects: an event bus with handlers kept in a dictionary of arrays, closures capturing
// and changing outer variables, handlers removed by token, and function references as handlers.
final class EventBus {
    typealias Handler = (String) -> Void
    private var handlers: [String: [(token: Int, handle: Handler)]] = [:]
    private var nextToken = 0

    @discardableResult
    func on(_ event: String, _ handler: @escaping Handler) -> Int {
        nextToken += 1
        handlers[event, default: []].append((nextToken, handler))
        return nextToken
    }

    func off(_ token: Int) {
        for event in handlers.keys {
            handlers[event]?.removeAll { $0.token == token }
        }
    }

    func emit(_ event: String, _ payload: String) -> Int {
        let list = handlers[event] ?? []
        for entry in list { entry.handle(payload) }
        return list.count
    }
}

var log: [String] = []
var epochs = 0
let bus = EventBus()
bus.on("epoch") { payload in
    epochs += 1
    log.append("epoch \(epochs): \(payload)")
}
let verbose = bus.on("epoch") { log.append("verbose " + $0) }
func record(_ message: String) { log.append("recorded " + message) }
bus.on("done", record)

print(bus.emit("epoch", "loss 0.5"), bus.emit("epoch", "loss 0.3"))
bus.off(verbose)
print(bus.emit("epoch", "loss 0.2"), bus.emit("done", "ok"), bus.emit("unknown", "-"))
for line in log { print(line) }
print(epochs)

func makeMultiplier(_ factor: Int) -> (Int) -> Int { { $0 * factor } }
let multipliers = (1...3).map(makeMultiplier)
print(multipliers.map { $0(10) })

var counters: [() -> Int] = []
for start in [0, 100] {
    var count = start
    counters.append {
        count += 1
        return count
    }
}
print(counters[0](), counters[0](), counters[1](), counters[0]())

func compose<A, B, C>(_ f: @escaping (A) -> B, _ g: @escaping (B) -> C) -> (A) -> C { { g(f($0)) } }
let describe = compose({ (n: Int) in n * n }, { "square is \($0)" })
print(describe(7))
