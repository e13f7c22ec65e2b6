class Model {
    lazy let size = 3
}
