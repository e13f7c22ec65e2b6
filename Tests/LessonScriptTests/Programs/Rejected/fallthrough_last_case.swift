let grade = "B"
switch grade {
case "A": print("excellent")
default:
    print("other")
    fallthrough
}
