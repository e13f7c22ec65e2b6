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

// The sum of `term(i)` (a double) over one run of `count` elements, in the header's order.
#define RUN_SUM(total, count, term)                                                                            \
    do {                                                                                                       \
        long i = 0;                                                                                            \
        double run_total = 0;                                                                                  \
        if (count >= 8) {                                                                                      \
            lesson_wide_lanes lanes = {0};                                                                     \
            for (; i + 8 <= count; i += 8) {                                                                   \
                lesson_wide_lanes chunk;                                                                       \
                for (int j = 0; j < 8; j++) chunk[j] = term(i + j);                                            \
                lanes += chunk;                                                                                \
            }                                                                                                  \
            run_total = lesson_add_lanes(&lanes);                                                              \
        }                                                                                                      \
        for (; i < count; i++) run_total += term(i);                                                           \
        total += run_total;                                                                                    \
    } while (0)

// Visits channel c's runs: `run` is the offset of image n's run.
#define FOR_EACH_RUN(runs, body)                                                                               \
    for (long c = runs->first; c < runs->last; c++) {                                                          \
        for (long n = 0; n < runs->batch; n++) {                                                               \
            const long run = (n * runs->channels + c) * runs->spatial;                                         \
            body                                                                                               \
        }                                                                                                      \
    }

#define X_TERM(i) ((double)x[run + (i)])
#define SQUARE_TERM(i) (((double)x[run + (i)] - centre) * ((double)x[run + (i)] - centre))
#define G_TERM(i) ((double)g[run + (i)])
#define DOT_TERM(i) (((double)x[run + (i)] - centre) * (double)g[run + (i)])

#define CHANNEL_KERNELS(prefix, type)                                                                          \
    LESSON_CLONES void prefix##_channel_sums(const lesson_channel_runs *runs, const type *x, double *sums)      \
    {                                                                                                          \
        for (long c = runs->first; c < runs->last; c++) sums[c] = 0;                                           \
        const long s = runs->spatial;                                                                          \
        FOR_EACH_RUN(runs, { RUN_SUM(sums[c], s, X_TERM); })                                                   \
    }                                                                                                          \
                                                                                                               \
    LESSON_CLONES void prefix##_channel_centered_squares(const lesson_channel_runs *runs, const type *x,       \
                                                         const double *mean, double *squares)                  \
    {                                                                                                          \
        for (long c = runs->first; c < runs->last; c++) squares[c] = 0;                                        \
        const long s = runs->spatial;                                                                          \
        FOR_EACH_RUN(runs, {                                                                                   \
            const double centre = mean[c];                                                                     \
            RUN_SUM(squares[c], s, SQUARE_TERM);                                                               \
        })                                                                                                     \
    }                                                                                                          \
                                                                                                               \
    LESSON_CLONES void prefix##_channel_gradient_sums(const lesson_channel_runs *runs, const type *x,          \
                                                      const type *g, const double *mean, double *sums,         \
                                                      double *dots)                                            \
    {                                                                                                          \
        for (long c = runs->first; c < runs->last; c++) sums[c] = dots[c] = 0;                                 \
        const long s = runs->spatial;                                                                          \
        FOR_EACH_RUN(runs, {                                                                                   \
            const double centre = mean[c];                                                                     \
            RUN_SUM(sums[c], s, G_TERM);                                                                       \
            RUN_SUM(dots[c], s, DOT_TERM);                                                                     \
        })                                                                                                     \
    }                                                                                                          \
                                                                                                               \
    LESSON_CLONES void prefix##_channel_scale_shift(const lesson_channel_runs *runs, const type *x,            \
                                                    const type *scale, const type *shift, type *out)           \
    {                                                                                                          \
        FOR_EACH_RUN(runs, {                                                                                   \
            const type a = scale[c];                                                                           \
            const type b = shift[c];                                                                           \
            for (long i = run; i < run + runs->spatial; i++) out[i] = x[i] * a + b;                            \
        })                                                                                                     \
    }                                                                                                          \
                                                                                                               \
    LESSON_CLONES void prefix##_channel_gradient(const lesson_channel_runs *runs, const type *x, const type *g, \
                                                 const type *coefficients, type *out)                          \
    {                                                                                                          \
        FOR_EACH_RUN(runs, {                                                                                   \
            const type *k = coefficients + 5 * c;                                                              \
            for (long i = run; i < run + runs->spatial; i++) {                                                 \
                out[i] = (g[i] - k[2] - (x[i] - k[0]) * k[1]) * k[3] * k[4];                                   \
            }                                                                                                  \
        })                                                                                                     \
    }

CHANNEL_KERNELS(lesson_f32, float)
CHANNEL_KERNELS(lesson_f64, double)
