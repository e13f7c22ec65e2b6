#include "convolution_kernels.h"

#if defined(__x86_64__) && defined(__linux__)
#define LESSON_CLONES __attribute__((target_clones("avx2", "default")))
#else
#define LESSON_CLONES
#endif

// One row of the unfolded matrix: kernel tap (i, j) of channel c.
typedef struct {
    long plane;          // the offset of channel c's plane
    long row_offset;     // the input row under the tap for output row 0 (add y * stride_height)
    long column_offset;  // the input column under the tap for output column 0 (add x * stride_width)
    long first, count;   // the output columns whose tap lands inside the image
} lesson_tap;

static inline lesson_tap lesson_tap_of_row(const lesson_conv_shape *s, long row)
{
    const long c = row / (s->kernel_height * s->kernel_width);
    const long i = row / s->kernel_width % s->kernel_height;
    const long j = row % s->kernel_width;
    lesson_tap tap;
    tap.plane = c * s->height * s->width;
    tap.row_offset = i * s->dilation_height - s->padding_height;
    tap.column_offset = j * s->dilation_width - s->padding_width;
    // Output columns x with 0 <= x * stride_width + column_offset < width.
    long low = tap.column_offset >= 0 ? 0 : (-tap.column_offset + s->stride_width - 1) / s->stride_width;
    long high = s->width - 1 - tap.column_offset < 0 ? -1 : (s->width - 1 - tap.column_offset) / s->stride_width;
    if (high > s->out_width - 1) high = s->out_width - 1;
    if (low > s->out_width) low = s->out_width;
    tap.first = low;
    tap.count = high >= low ? high - low + 1 : 0;
    return tap;
}

// Whether output row y of `tap` reads an image row (rather than the padding).
static inline int lesson_row_inside(const lesson_conv_shape *s, const lesson_tap *tap, long y)
{
    const long in_y = y * s->stride_height + tap->row_offset;
    return in_y >= 0 && in_y < s->height && tap->count > 0;
}

#define UNFOLD(name, type)                                                                                    \
    LESSON_CLONES void name(const lesson_conv_shape *s, const type *image, type *columns, long row_length)    \
    {                                                                                                         \
        const long rows = s->channels * s->kernel_height * s->kernel_width;                                   \
        const long sw = s->stride_width, ow = s->out_width;                                                   \
        for (long r = 0; r < rows; r++) {                                                                     \
            const lesson_tap tap = lesson_tap_of_row(s, r);                                                   \
            for (long y = 0; y < s->out_height; y++) {                                                        \
                type *target = columns + r * row_length + y * ow;                                             \
                if (!lesson_row_inside(s, &tap, y)) {                                                         \
                    for (long x = 0; x < ow; x++) target[x] = 0;                                              \
                    continue;                                                                                 \
                }                                                                                             \
                const type *source =                                                                          \
                    image + tap.plane + (y * s->stride_height + tap.row_offset) * s->width + tap.column_offset; \
                const long end = tap.first + tap.count;                                                       \
                for (long x = 0; x < tap.first; x++) target[x] = 0;                                           \
                if (sw == 1) {                                                                                \
                    for (long x = tap.first; x < end; x++) target[x] = source[x];                             \
                } else {                                                                                      \
                    for (long x = tap.first; x < end; x++) target[x] = source[x * sw];                        \
                }                                                                                             \
                for (long x = end; x < ow; x++) target[x] = 0;                                                \
            }                                                                                                 \
        }                                                                                                     \
    }

#define FOLD(name, type)                                                                                      \
    LESSON_CLONES void name(const lesson_conv_shape *s, const type *columns, long row_length, type *image)    \
    {                                                                                                         \
        const long rows = s->channels * s->kernel_height * s->kernel_width;                                   \
        const long sw = s->stride_width, ow = s->out_width;                                                   \
        for (long r = 0; r < rows; r++) {                                                                     \
            const lesson_tap tap = lesson_tap_of_row(s, r);                                                   \
            for (long y = 0; y < s->out_height; y++) {                                                        \
                if (!lesson_row_inside(s, &tap, y)) continue;                                                 \
                const type *values = columns + r * row_length + y * ow;                                       \
                type *target =                                                                                \
                    image + tap.plane + (y * s->stride_height + tap.row_offset) * s->width + tap.column_offset; \
                const long end = tap.first + tap.count;                                                       \
                if (sw == 1) {                                                                                \
                    for (long x = tap.first; x < end; x++) target[x] += values[x];                            \
                } else {                                                                                      \
                    for (long x = tap.first; x < end; x++) target[x * sw] += values[x];                       \
                }                                                                                             \
            }                                                                                                 \
        }                                                                                                     \
    }

UNFOLD(lesson_f32_unfold, float)
UNFOLD(lesson_f64_unfold, double)
FOLD(lesson_f32_fold, float)
FOLD(lesson_f64_fold, double)
