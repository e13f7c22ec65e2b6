class Layer {}
struct Dense: Layer {}
