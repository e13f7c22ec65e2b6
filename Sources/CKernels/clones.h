#ifndef LESSON_CLONES_H
#define LESSON_CLONES_H

// LESSON_CLONES before a function compiles it twice, for AVX2 and for the x86-64 baseline, and lets the loader pick
// the one the CPU runs (GNU ifunc through `target_clones`); other targets get the one plain function.
#if defined(__x86_64__) && defined(__linux__)
#define LESSON_CLONES __attribute__((target_clones("avx2", "default")))
#else
#define LESSON_CLONES
#endif

#endif
