let loss = 0.3
switch loss {
case ..<0.1: print("good")
default: print("not yet")
case 0.1..<0.5: print("close")
}
