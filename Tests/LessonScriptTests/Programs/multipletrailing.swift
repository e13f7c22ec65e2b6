// Multiple trailing closures: the first unlabelled, the others with their labels; default closures skipped.
func fetch(_ id: Int, onSuccess: (String) -> Void, onFailure: (Int) -> Void) {
    if id % 2 == 0 {
        onSuccess("item \(id)")
    } else {
        onFailure(id)
    }
}

fetch(4) { item in
    print("got", item)
} onFailure: { code in
    print("failed", code)
}
fetch(7) {
    print("got", $0)
} onFailure: {
    print("failed", $0)
}

func train(
    epochs: Int, step: (Int) -> Double, onEpoch: (Int, Double) -> Void = { _, _ in },
    completion: (Double) -> Void
) {
    var last = 0.0
    for epoch in 0..<epochs {
        last = step(epoch)
        onEpoch(epoch, last)
    }
    completion(last)
}

train(epochs: 3) { epoch in
    1.0 / Double(epoch + 1)
} onEpoch: { epoch, loss in
    print("epoch", epoch, "loss", loss)
} completion: { final in
    print("final loss", final)
}

train(epochs: 2) {
    Double($0) * 0.5
} completion: {
    print("done with", $0)
}

func animate(duration: Double, animations: () -> String, completion: ((Bool) -> String)? = nil) -> [String] {
    var log = [animations()]
    if let completion { log.append(completion(duration > 0)) }
    return log
}
print(animate(duration: 1) { "fade" })
print(
    animate(duration: 0) {
        "slide"
    } completion: { finished in
        finished ? "finished" : "skipped"
    })

func when(_ condition: Bool, then: () -> Int, else otherwise: () -> Int) -> Int {
    condition ? then() : otherwise()
}
print(
    when(true) {
        1
    } else: {
        2
    },
    when(false) {
        1
    } else: {
        2
    })
