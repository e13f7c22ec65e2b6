#include "normalization_kernels.h"

#include <string.h>

#if defined(__x86_64__) && defined(__linux__)
#define LESSON_CLONES __attribute__((target_clones("avx2", "default")))
#else
#define LESSON_CLONES
#endif

// Every product and sum is rounded on its own (no fused multiply-add), as the order comment in the header says.
#pragma STDC FP_CONTRACT OFF

typedef double lesson_wide_lanes __attribute__((vector_size(64)));

// Adds the lanes pairwise: lane j + lane j + 4, then + 2, then + 1.
static inline double lesson_add_lanes(const lesson_wide_lanes *lanes)
{
    double lane[8];
    memcpy(lane, lanes, sizeof lane);
    for (int width = 4; width >= 1; width /= 2) {
        for (int j = 0; j < width; j++) lane[j] += lane[j + width];
    }
    return lane[0];
}

// A reduction over `count` elements: `term(i)` is the double each element contributes.
#define WIDE_REDUCTION(name, params, term)                                                                     \
    LESSON_CLONES double name params                                                                           \
    {                                                                                                          \
        lesson_wide_lanes lanes = {0};                                                                         \
        long i = 0;                                                                                            \
        for (; i + 8 <= count; i += 8) {                                                                       \
            lesson_wide_lanes chunk;                                                                           \
            for (int j = 0; j < 8; j++) chunk[j] = term(i + j);                                                \
            lanes += chunk;                                                                                    \
        }                                                                                                      \
        double total = lesson_add_lanes(&lanes);                                                               \
        for (; i < count; i++) total += term(i);                                                               \
        return total;                                                                                          \
    }

#define SUM_TERM(i) ((double)a[i])
#define SQUARE_TERM(i) (((double)a[i] - mean) * ((double)a[i] - mean))
#define DOT_TERM(i) (((double)a[i] - mean) * (double)b[i])

WIDE_REDUCTION(lesson_f32_wide_sum, (const float *a, long count), SUM_TERM)
WIDE_REDUCTION(lesson_f64_wide_sum, (const double *a, long count), SUM_TERM)
WIDE_REDUCTION(lesson_f32_centered_square_sum, (const float *a, double mean, long count), SQUARE_TERM)
WIDE_REDUCTION(lesson_f64_centered_square_sum, (const double *a, double mean, long count), SQUARE_TERM)
WIDE_REDUCTION(lesson_f32_centered_dot, (const float *a, double mean, const float *b, long count), DOT_TERM)
WIDE_REDUCTION(lesson_f64_centered_dot, (const double *a, double mean, const double *b, long count), DOT_TERM)

#define SCALE_SHIFT(name, type)                                                                                \
    LESSON_CLONES void name(const type *a, type scale, type shift, type *out, long count)                      \
    {                                                                                                          \
        for (long i = 0; i < count; i++) out[i] = a[i] * scale + shift;                                        \
    }

SCALE_SHIFT(lesson_f32_scale_shift, float)
SCALE_SHIFT(lesson_f64_scale_shift, double)

#define BATCH_NORM_GRADIENT(name, type)                                                                        \
    LESSON_CLONES void name(const type *x, const type *dy, type mean, type k, type grad_mean, type invstd,     \
                            type weight, type *out, long count)                                                \
    {                                                                                                          \
        for (long i = 0; i < count; i++) out[i] = (dy[i] - grad_mean - (x[i] - mean) * k) * invstd * weight;   \
    }

BATCH_NORM_GRADIENT(lesson_f32_batch_norm_gradient, float)
BATCH_NORM_GRADIENT(lesson_f64_batch_norm_gradient, double)
