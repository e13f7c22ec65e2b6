#include "normalization_kernels.h"
#include "clones.h"

#include <math.h>
#include <stdlib.h>
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

// Runs shorter than this (a few positions per image: chapter 13's last layers) are scaled image by image, over the
// share's contiguous elements, with each channel's numbers spread along a row: a run of a few elements is too short
// for a vector loop, and the channels of short runs share cache lines anyway.
#define SHORT_RUN 32

// Each kernel finishes one channel before the next, so that a channel's later passes find its elements in the
// cache (a channel of chapter 13's first layer at batch 512 is 400 KB) instead of reading the tensor again; short
// runs are scaled after the sums of all the share's channels, image by image (see SHORT_RUN). A row buffer that
// cannot be had falls back to the channel by channel loops.
#define CHANNEL_KERNELS(prefix, type)                                                                          \
    /* out = x * a + b along each image's part of the share, a and b rows of the share's width. */             \
    static inline void prefix##_scale_rows(const lesson_channel_runs *runs, const type *restrict x,            \
                                           const type *restrict a, const type *restrict b,                     \
                                           type *restrict out)                                                 \
    {                                                                                                          \
        const long width = (runs->last - runs->first) * runs->spatial;                                         \
        for (long n = 0; n < runs->batch; n++) {                                                               \
            const long start = (n * runs->channels + runs->first) * runs->spatial;                             \
            for (long j = 0; j < width; j++) out[start + j] = x[start + j] * a[j] + b[j];                      \
        }                                                                                                      \
    }                                                                                                          \
                                                                                                               \
    /* Room for `count` rows of the share's width when its runs are short, else NULL. */                       \
    static inline type *prefix##_rows(const lesson_channel_runs *runs, long count)                             \
    {                                                                                                          \
        const long width = (runs->last - runs->first) * runs->spatial;                                         \
        return runs->spatial < SHORT_RUN ? malloc(sizeof(type) * count * width) : NULL;                        \
    }                                                                                                          \
                                                                                                               \
    /* Sets channel c's slots of `rows` rows of the share's width to values[0 ..< rows]. */                    \
    static inline void prefix##_spread(const lesson_channel_runs *runs, long c, type *row, long rows,          \
                                       const type *values)                                                     \
    {                                                                                                          \
        const long width = (runs->last - runs->first) * runs->spatial;                                         \
        for (long r = 0; r < rows; r++) {                                                                      \
            for (long j = (c - runs->first) * runs->spatial; j < (c - runs->first + 1) * runs->spatial; j++) {   \
                row[r * width + j] = values[r];                                                                \
            }                                                                                                  \
        }                                                                                                      \
    }                                                                                                          \
                                                                                                               \
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
        const double count = (double)(runs->batch * s);                                                       \
        type *rows = prefix##_rows(runs, 2);                                                                   \
        for (long c = runs->first; c < runs->last; c++) {                                                      \
            double sum = 0, squares = 0;                                                                       \
            FOR_EACH_RUN_OF(c, { RUN_SUM(sum, s, X_TERM); })                                                   \
            const double centre = sum / count;                                                                 \
            FOR_EACH_RUN_OF(c, { RUN_SUM(squares, s, SQUARE_TERM); })                                          \
            mean[c] = centre;                                                                                  \
            variance[c] = squares / count;                                                                     \
            const double alpha = 1 / sqrt(variance[c] + eps) * weight[c];                                      \
            const type ab[2] = {(type)alpha, (type)(bias[c] - centre * alpha)};                                \
            if (rows) {                                                                                        \
                prefix##_spread(runs, c, rows, 2, ab);                                                         \
                continue;                                                                                      \
            }                                                                                                  \
            FOR_EACH_RUN_OF(c, {                                                                               \
                for (long i = run; i < run + s; i++) out[i] = x[i] * ab[0] + ab[1];                            \
            })                                                                                                 \
        }                                                                                                      \
        if (rows) prefix##_scale_rows(runs, x, rows, rows + (runs->last - runs->first) * s, out);              \
        free(rows);                                                                                            \
    }                                                                                                          \
                                                                                                               \
    LESSON_CLONES void prefix##_channel_scale_shift(const lesson_channel_runs *runs, const type *x,            \
                                                    const type *scale, const type *shift, type *out)           \
    {                                                                                                          \
        type *rows = prefix##_rows(runs, 2);                                                                   \
        for (long c = runs->first; c < runs->last; c++) {                                                      \
            const type ab[2] = {scale[c], shift[c]};                                                           \
            if (rows) {                                                                                        \
                prefix##_spread(runs, c, rows, 2, ab);                                                         \
                continue;                                                                                      \
            }                                                                                                  \
            FOR_EACH_RUN_OF(c, {                                                                               \
                for (long i = run; i < run + runs->spatial; i++) out[i] = x[i] * ab[0] + ab[1];                \
            })                                                                                                 \
        }                                                                                                      \
        if (rows) prefix##_scale_rows(runs, x, rows, rows + (runs->last - runs->first) * runs->spatial, out);  \
        free(rows);                                                                                            \
    }                                                                                                          \
                                                                                                               \
    LESSON_CLONES void prefix##_channel_gradient(const lesson_channel_runs *runs, const type *x, const type *g, \
                                                 const double *mean, const double *invstd,                     \
                                                 const double *weight, double *sums, double *dots, type *out)  \
    {                                                                                                          \
        const long s = runs->spatial, width = (runs->last - runs->first) * s;                                  \
        const double count = (double)(runs->batch * s);                                                        \
        type *rows = out ? prefix##_rows(runs, 5) : NULL;                                                      \
        for (long c = runs->first; c < runs->last; c++) {                                                      \
            const double centre = mean[c];                                                                     \
            sums[c] = dots[c] = 0;                                                                             \
            FOR_EACH_RUN_OF(c, {                                                                               \
                RUN_SUM(sums[c], s, G_TERM);                                                                   \
                RUN_SUM(dots[c], s, DOT_TERM);                                                                 \
            })                                                                                                 \
            if (!out) continue;                                                                                \
            const type k[5] = {(type)centre, (type)(dots[c] * invstd[c] * invstd[c] / count),                  \
                               (type)(sums[c] / count), (type)invstd[c], (type)weight[c]};                     \
            if (rows) {                                                                                        \
                prefix##_spread(runs, c, rows, 5, k);                                                          \
                continue;                                                                                      \
            }                                                                                                  \
            FOR_EACH_RUN_OF(c, {                                                                               \
                for (long i = run; i < run + s; i++) out[i] = (g[i] - k[2] - (x[i] - k[0]) * k[1]) * k[3] * k[4]; \
            })                                                                                                 \
        }                                                                                                      \
        if (!rows) return;                                                                                     \
        const type *restrict k0 = rows, *restrict k1 = rows + width, *restrict k2 = rows + 2 * width;          \
        const type *restrict k3 = rows + 3 * width, *restrict k4 = rows + 4 * width;                           \
        for (long n = 0; n < runs->batch; n++) {                                                               \
            const long start = (n * runs->channels + runs->first) * s;                                         \
            const type *restrict xs = x + start, *restrict gs = g + start;                                     \
            type *restrict os = out + start;                                                                   \
            for (long j = 0; j < width; j++) os[j] = (gs[j] - k2[j] - (xs[j] - k0[j]) * k1[j]) * k3[j] * k4[j];  \
        }                                                                                                      \
        free(rows);                                                                                            \
    }

CHANNEL_KERNELS(lesson_f32, float)
CHANNEL_KERNELS(lesson_f64, double)
