protocol Named {}
class Layer {}
class Dense: Named, Layer {}
