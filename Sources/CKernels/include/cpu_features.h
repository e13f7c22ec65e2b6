#ifndef LESSON_CPU_FEATURES_H
#define LESSON_CPU_FEATURES_H

// Whether the CPU the process runs on has AVX2 and FMA (the instruction sets of OpenBLAS's Haswell kernels).
// Swift has no portable way to ask; GCC and Clang's `__builtin_cpu_supports` reads CPUID once.
int lesson_cpu_has_avx2_fma(void);

#endif
