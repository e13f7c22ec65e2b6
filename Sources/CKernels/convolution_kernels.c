#include "convolution_kernels.h"

#if defined(__x86_64__) && defined(__linux__)
#define LESSON_CLONES __attribute__((target_clones("avx2", "default")))
#else
#define LESSON_CLONES
#endif

// The output columns x whose tap at input column x * stride_width + offset lands inside the image.
static inline void lesson_inside_columns(const lesson_conv_shape *s, long offset, long *first, long *count)
{
    long low = offset >= 0 ? 0 : (-offset + s->stride_width - 1) / s->stride_width;
    long high = s->width - 1 - offset < 0 ? -1 : (s->width - 1 - offset) / s->stride_width;
    if (high > s->out_width - 1) high = s->out_width - 1;
    if (low > s->out_width) low = s->out_width;
    *first = low;
    *count = high >= low ? high - low + 1 : 0;
}

// Visits the rows of the unfolded matrix, kernel column j outermost (so its inside columns are worked out once),
// then channel c and kernel row i: `body` runs with the row index `r`, the input plane `plane`, the input row
// under the tap for output row 0 (`row_offset`, add y * stride_height) and the input column for output column 0
// (`column_offset`), and the inside output columns `first` ..< `first + count`.
#define FOR_EACH_TAP(body)                                                                                    \
    for (long j = 0; j < s->kernel_width; j++) {                                                              \
        const long column_offset = j * s->dilation_width - s->padding_width;                                  \
        long first, count;                                                                                    \
        lesson_inside_columns(s, column_offset, &first, &count);                                              \
        for (long c = 0; c < s->channels; c++) {                                                              \
            const long plane = c * s->height * s->width;                                                      \
            for (long i = 0; i < s->kernel_height; i++) {                                                     \
                const long r = (c * s->kernel_height + i) * s->kernel_width + j;                              \
                const long row_offset = i * s->dilation_height - s->padding_height;                           \
                body                                                                                          \
            }                                                                                                 \
        }                                                                                                     \
    }

#define UNFOLD(name, type)                                                                                    \
    LESSON_CLONES void name(const lesson_conv_shape *s, const type *image, type *columns, long row_length)    \
    {                                                                                                         \
        const long sw = s->stride_width, ow = s->out_width;                                                   \
        FOR_EACH_TAP({                                                                                        \
            type *target = columns + r * row_length;                                                          \
            const long end = first + count;                                                                   \
            for (long y = 0; y < s->out_height; y++, target += ow) {                                          \
                const long in_y = y * s->stride_height + row_offset;                                          \
                if (in_y < 0 || in_y >= s->height || count == 0) {                                            \
                    for (long x = 0; x < ow; x++) target[x] = 0;                                              \
                    continue;                                                                                 \
                }                                                                                             \
                const type *source = image + plane + in_y * s->width + column_offset;                         \
                for (long x = 0; x < first; x++) target[x] = 0;                                               \
                if (sw == 1) {                                                                                \
                    for (long x = first; x < end; x++) target[x] = source[x];                                 \
                } else {                                                                                      \
                    for (long x = first; x < end; x++) target[x] = source[x * sw];                            \
                }                                                                                             \
                for (long x = end; x < ow; x++) target[x] = 0;                                                \
            }                                                                                                 \
        })                                                                                                    \
    }

#define FOLD(name, type)                                                                                      \
    LESSON_CLONES void name(const lesson_conv_shape *s, const type *columns, long row_length, type *image)    \
    {                                                                                                         \
        const long sw = s->stride_width, ow = s->out_width;                                                   \
        FOR_EACH_TAP({                                                                                        \
            const type *values = columns + r * row_length;                                                    \
            const long end = first + count;                                                                   \
            for (long y = 0; y < s->out_height; y++, values += ow) {                                          \
                const long in_y = y * s->stride_height + row_offset;                                          \
                if (in_y < 0 || in_y >= s->height || count == 0) continue;                                    \
                type *target = image + plane + in_y * s->width + column_offset;                               \
                if (sw == 1) {                                                                                \
                    for (long x = first; x < end; x++) target[x] += values[x];                                \
                } else {                                                                                      \
                    for (long x = first; x < end; x++) target[x * sw] += values[x];                           \
                }                                                                                             \
            }                                                                                                 \
        })                                                                                                    \
    }

UNFOLD(lesson_f32_unfold, float)
UNFOLD(lesson_f64_unfold, double)
FOLD(lesson_f32_fold, float)
FOLD(lesson_f64_fold, double)
