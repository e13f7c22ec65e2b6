enum Activation {
    case relu
    case sigmoid
    case relu
}
print(Activation.sigmoid)
