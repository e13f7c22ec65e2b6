let digit = 7
switch digit {
case 3:
case 7: print("seven")
default: print("other")
}
