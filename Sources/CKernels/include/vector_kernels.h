#ifndef LESSON_VECTOR_KERNELS_H
#define LESSON_VECTOR_KERNELS_H

// Element-wise float32 loops, each compiled twice (AVX2 and the x86-64 baseline) and picked by the CPU the
// process runs on (GNU ifunc through `target_clones`; other targets get the plain loop). Swift cannot build one
// function for two instruction sets, and its own loops stop at the 16-byte vectors every x86-64 CPU has.
//
// The results are the same bits whichever version runs: every element is one IEEE operation, in any order.
//
// A binary loop reads `a` and `b` with steps 0 or 1 (0 repeats the first element: a scalar broadcast along the
// run) and writes `count` contiguous results to `out`.

#include <stdint.h>

void lesson_f32_add(const float *a, long a_step, const float *b, long b_step, float *out, long count);
void lesson_f32_subtract(const float *a, long a_step, const float *b, long b_step, float *out, long count);
void lesson_f32_multiply(const float *a, long a_step, const float *b, long b_step, float *out, long count);
void lesson_f32_divide(const float *a, long a_step, const float *b, long b_step, float *out, long count);

// out[i] = |a[i]| for `count` contiguous elements.
void lesson_f32_absolute(const float *a, float *out, long count);

// out[i] = (float)a[i] for `count` contiguous bytes (images to float tensors).
void lesson_u8_to_f32(const uint8_t *a, float *out, long count);

// The sum of `count` contiguous floats: blocks of 4096 elements, each summed in sixteen lanes (element i into
// lane i % 16) that are then added pairwise (lane j + lane j + 8, then + 4, + 2, + 1) plus the block's last
// count % 16 elements in order; block sums are added in order. The order is fixed, so the result is the same
// bits on every CPU and for every split of a long sum into blocks.
float lesson_f32_sum(const float *a, long count);

#endif
