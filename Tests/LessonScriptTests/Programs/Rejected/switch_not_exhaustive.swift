enum Phase { case train, valid, test }
func describe(_ phase: Phase) -> String {
    switch phase {
    case .train: return "training"
    case .valid: return "validating"
    }
}
print(describe(.test))
