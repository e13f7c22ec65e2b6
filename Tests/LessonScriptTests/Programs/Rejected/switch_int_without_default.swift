let epoch = 3
switch epoch {
case 0: print("first")
case 1...10: print("early")
}
