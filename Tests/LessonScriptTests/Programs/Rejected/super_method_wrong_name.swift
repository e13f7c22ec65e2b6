class Callback {
    func afterBatch() { print("batch") }
}
class Recorder: Callback {
    var count = 0
    override func afterBatch() {
        count += 1
        super.afterbatch()
    }
}
Recorder().afterBatch()
