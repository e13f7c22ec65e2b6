#if __has_include(<malloc.h>)
#include <malloc.h>
#elif __has_include(<malloc/malloc.h>)
#include <malloc/malloc.h>
#endif
