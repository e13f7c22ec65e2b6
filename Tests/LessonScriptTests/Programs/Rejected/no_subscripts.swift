struct Row {
    var values = [1, 2]
}
let row = Row()
print(row[0])
