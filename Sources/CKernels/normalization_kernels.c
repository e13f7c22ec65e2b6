#include "normalization_kernels.h"
#include "clones.h"

#include <math.h>
#include <string.h>

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

#define X_TERM(i) ((double)x[run + (i)])
#define SQUARE_TERM(i) (((double)x[run + (i)] - centre) * ((double)x[run + (i)] - centre))
#define G_TERM(i) ((double)g[run + (i)])
#define DOT_TERM(i) (((double)x[run + (i)] - centre) * (double)g[run + (i)])

// Visits channel c's runs: `run` is the offset of image n's run.
#define FOR_EACH_RUN_OF(c, body)                                                                               \
    for (long n = 0; n < runs->batch; n++) {                                                                   \
        const long run = (n * runs->channels + c) * runs->spatial;                                             \
        body                                                                                                   \
    }

// Each kernel finishes one channel before the next, so that a channel's later passes find its elements in the
// cache (a channel of chapter 13's first layer at batch 512 is 400 KB) instead of reading the tensor again.
#define CHANNEL_KERNELS(prefix, type)                                                                          \
    LESSON_CLONES void prefix##_channel_sums(const lesson_channel_runs *runs, const type *x, double *sums)      \
    {                                                                                                          \
        const long s = runs->spatial;                                                                          \
        for (long c = runs->first; c < runs->last; c++) {                                                      \
            sums[c] = 0;                                                                                       \
            FOR_EACH_RUN_OF(c, { RUN_SUM(sums[c], s, X_TERM); })                                               \
        }                                                                                                      \
    }                                                                                                          \
                                                                                                               \
    LESSON_CLONES void prefix##_channel_normalize(const lesson_channel_runs *runs, const type *x,              \
                                                  const double *weight, const double *bias, double eps,        \
                                                  double *mean, double *variance, type *out)                   \
    {                                                                                                          \
        const long s = runs->spatial;                                                                          \
        const double count = (double)(runs->batch * s);                                                        \
        for (long c = runs->first; c < runs->last; c++) {                                                      \
            double sum = 0, squares = 0;                                                                       \
            FOR_EACH_RUN_OF(c, { RUN_SUM(sum, s, X_TERM); })                                                   \
            const double centre = sum / count;                                                                 \
            FOR_EACH_RUN_OF(c, { RUN_SUM(squares, s, SQUARE_TERM); })                                          \
            mean[c] = centre;                                                                                  \
            variance[c] = squares / count;                                                                     \
            const double alpha = 1 / sqrt(variance[c] + eps) * weight[c];                                      \
            const type a = (type)alpha;                                                                        \
            const type b = (type)(bias[c] - centre * alpha);                                                   \
            FOR_EACH_RUN_OF(c, {                                                                               \
                for (long i = run; i < run + s; i++) out[i] = x[i] * a + b;                                    \
            })                                                                                                 \
        }                                                                                                      \
    }                                                                                                          \
                                                                                                               \
    LESSON_CLONES void prefix##_channel_scale_shift(const lesson_channel_runs *runs, const type *x,            \
                                                    const type *scale, const type *shift, type *out)           \
    {                                                                                                          \
        for (long c = runs->first; c < runs->last; c++) {                                                      \
            const type a = scale[c];                                                                           \
            const type b = shift[c];                                                                           \
            FOR_EACH_RUN_OF(c, {                                                                               \
                for (long i = run; i < run + runs->spatial; i++) out[i] = x[i] * a + b;                        \
            })                                                                                                 \
        }                                                                                                      \
    }                                                                                                          \
                                                                                                               \
    LESSON_CLONES void prefix##_channel_gradient(const lesson_channel_runs *runs, const type *x, const type *g, \
                                                 const double *mean, const double *invstd,                     \
                                                 const double *weight, double *sums, double *dots, type *out)  \
    {                                                                                                          \
        const long s = runs->spatial;                                                                          \
        const double count = (double)(runs->batch * s);                                                        \
        for (long c = runs->first; c < runs->last; c++) {                                                      \
            const double centre = mean[c];                                                                     \
            sums[c] = dots[c] = 0;                                                                             \
            FOR_EACH_RUN_OF(c, {                                                                               \
                RUN_SUM(sums[c], s, G_TERM);                                                                   \
                RUN_SUM(dots[c], s, DOT_TERM);                                                                 \
            })                                                                                                 \
            if (!out) continue;                                                                                \
            const type k0 = (type)centre, k1 = (type)(dots[c] * invstd[c] * invstd[c] / count);                \
            const type k2 = (type)(sums[c] / count), k3 = (type)invstd[c], k4 = (type)weight[c];               \
            FOR_EACH_RUN_OF(c, {                                                                               \
                for (long i = run; i < run + s; i++) out[i] = (g[i] - k2 - (x[i] - k0) * k1) * k3 * k4;        \
            })                                                                                                 \
        }                                                                                                      \
    }

CHANNEL_KERNELS(lesson_f32, float)
CHANNEL_KERNELS(lesson_f64, double)
