protocol Named {}
struct Layer: Named, Named {}
