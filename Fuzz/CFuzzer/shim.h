#include <stddef.h>
#include <stdint.h>

// libFuzzer's driver (LLVM 12 and later), for a program whose `main` is its own: SwiftPM names an executable's
// entry point after its module, so the fuzz targets call the driver from there.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
