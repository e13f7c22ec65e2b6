#include "convolution_kernels.h"

#if defined(__x86_64__) && defined(__linux__)
#define LESSON_CLONES __attribute__((target_clones("avx2", "default")))
#else
#define LESSON_CLONES
#endif

// The outputs o in [0, out) whose tap at o * stride + offset lands inside [0, size): first ..< end.
static inline void lesson_inside(long offset, long stride, long size, long out, long *first, long *end)
{
    long low = offset >= 0 ? 0 : (-offset + stride - 1) / stride;
    long high = size - 1 - offset < 0 ? -1 : (size - 1 - offset) / stride;
    if (high > out - 1) high = out - 1;
    if (low > out) low = out;
    *first = low;
    *end = high >= low ? high + 1 : low;
}

// Visits the rows of the unfolded matrix, kernel column j outermost (its inside output columns `x0 ..< x1` are
// worked out once), then channel c and kernel row i (inside output rows `y0 ..< y1`): `body` runs with the row `r`
// and `origin`, the offset of the (maybe virtual) input element under the tap for output position (0, 0), in
// elements of one image.
#define FOR_EACH_TAP(body)                                                                                    \
    for (long j = 0; j < s->kernel_width; j++) {                                                              \
        const long column_offset = j * s->dilation_width - s->padding_width;                                  \
        long x0, x1;                                                                                          \
        lesson_inside(column_offset, s->stride_width, s->width, s->out_width, &x0, &x1);                      \
        for (long i = 0; i < s->kernel_height; i++) {                                                         \
            const long row_offset = i * s->dilation_height - s->padding_height;                               \
            long y0, y1;                                                                                      \
            lesson_inside(row_offset, s->stride_height, s->height, s->out_height, &y0, &y1);                  \
            if (x0 == x1) y1 = y0;                                                                            \
            for (long c = 0; c < s->channels; c++) {                                                          \
                const long r = (c * s->kernel_height + i) * s->kernel_width + j;                              \
                const long origin = (c * s->height + row_offset) * s->width + column_offset;                  \
                body                                                                                          \
            }                                                                                                 \
        }                                                                                                     \
    }

// Unfolding writes every element of a row: zeros outside the inside rectangle, copies inside. One image copies
// runs along x; several copy `n` interleaved images per position.
#define UNFOLD(name, type)                                                                                    \
    LESSON_CLONES void name(const lesson_conv_shape *s, const type *images, long n, type *columns)            \
    {                                                                                                         \
        const long ow = s->out_width, sw = s->stride_width, sh = s->stride_height, w = s->width;              \
        const long row_length = s->out_height * ow * n;                                                       \
        FOR_EACH_TAP({                                                                                        \
            type *row = columns + r * row_length;                                                             \
            for (long k = 0; k < y0 * ow * n; k++) row[k] = 0;                                                \
            for (long y = y0; y < y1; y++) {                                                                  \
                type *target = row + y * ow * n;                                                              \
                const type *source = images + (origin + y * sh * w) * n;                                      \
                for (long k = 0; k < x0 * n; k++) target[k] = 0;                                              \
                if (n == 1) {                                                                                 \
                    if (sw == 1) {                                                                            \
                        for (long x = x0; x < x1; x++) target[x] = source[x];                                 \
                    } else {                                                                                  \
                        for (long x = x0; x < x1; x++) target[x] = source[x * sw];                            \
                    }                                                                                         \
                } else {                                                                                      \
                    for (long x = x0; x < x1; x++) {                                                          \
                        const type *from = source + x * sw * n;                                               \
                        type *to = target + x * n;                                                            \
                        for (long k = 0; k < n; k++) to[k] = from[k];                                         \
                    }                                                                                         \
                }                                                                                             \
                for (long k = x1 * n; k < ow * n; k++) target[k] = 0;                                         \
            }                                                                                                 \
            for (long k = y1 * ow * n; k < row_length; k++) row[k] = 0;                                       \
        })                                                                                                    \
    }

#define FOLD(name, type)                                                                                      \
    LESSON_CLONES void name(const lesson_conv_shape *s, const type *columns, long n, type *images)            \
    {                                                                                                         \
        const long ow = s->out_width, sw = s->stride_width, sh = s->stride_height, w = s->width;              \
        const long row_length = s->out_height * ow * n;                                                       \
        FOR_EACH_TAP({                                                                                        \
            const type *row = columns + r * row_length;                                                       \
            for (long y = y0; y < y1; y++) {                                                                  \
                const type *values = row + y * ow * n;                                                        \
                type *target = images + (origin + y * sh * w) * n;                                            \
                for (long x = x0; x < x1; x++) {                                                              \
                    const type *from = values + x * n;                                                        \
                    type *to = target + x * sw * n;                                                           \
                    for (long k = 0; k < n; k++) to[k] += from[k];                                            \
                }                                                                                             \
            }                                                                                                 \
        })                                                                                                    \
    }

// Tiles of 16 x 16 elements, so that both sides are read and written a cache line at a time.
#define TRANSPOSE(name, type)                                                                                 \
    LESSON_CLONES void name(const type *source, long rows, long columns, long source_stride, type *destination, \
                            long destination_stride)                                                          \
    {                                                                                                         \
        for (long r0 = 0; r0 < rows; r0 += 16) {                                                              \
            const long r1 = r0 + 16 < rows ? r0 + 16 : rows;                                                  \
            for (long c0 = 0; c0 < columns; c0 += 16) {                                                       \
                const long c1 = c0 + 16 < columns ? c0 + 16 : columns;                                        \
                for (long r = r0; r < r1; r++) {                                                              \
                    for (long c = c0; c < c1; c++) destination[c * destination_stride + r] = source[r * source_stride + c]; \
                }                                                                                             \
            }                                                                                                 \
        }                                                                                                     \
    }

UNFOLD(lesson_f32_unfold, float)
UNFOLD(lesson_f64_unfold, double)
FOLD(lesson_f32_fold, float)
FOLD(lesson_f64_fold, double)
TRANSPOSE(lesson_f32_transpose, float)
TRANSPOSE(lesson_f64_transpose, double)
