final class Layer {}
class Dense: Layer {}
