// PNG decoding and encoding on libpng.
