protocol Named {
    let name: String
}
struct Layer: Named {
    let name: String
}
print(Layer(name: "dense").name)
