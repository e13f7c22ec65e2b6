#include "convolution_kernels.h"
#include "clones.h"

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

// Unfolding and folding visit the same pairs of image and unfolded elements: unfolding copies image to unfolded
// and writes zeros outside the inside rectangle; folding adds unfolded to image. One image with stride 1 moves runs
// along x; otherwise each position moves its `n` interleaved images.
#define MOVE_PATCHES(name, type)                                                                              \
    static inline __attribute__((always_inline)) void name(const lesson_conv_shape *s, type *images, long n, \
                                                           type *columns, int folding)                        \
    {                                                                                                         \
        const long ow = s->out_width, sw = s->stride_width, sh = s->stride_height, w = s->width;              \
        const long row_length = s->out_height * ow * n;                                                       \
        FOR_EACH_TAP({                                                                                        \
            type *row = columns + r * row_length;                                                             \
            for (long k = 0; k < y0 * ow * n && !folding; k++) row[k] = 0;                                    \
            for (long y = y0; y < y1; y++) {                                                                  \
                type *unfolded = row + y * ow * n;                                                            \
                type *image = images + (origin + y * sh * w) * n;                                             \
                for (long k = 0; k < x0 * n && !folding; k++) unfolded[k] = 0;                                \
                if (n == 1 && sw == 1) {                                                                      \
                    for (long x = x0; x < x1; x++) {                                                          \
                        if (folding) image[x] += unfolded[x];                                                 \
                        else unfolded[x] = image[x];                                                          \
                    }                                                                                         \
                } else {                                                                                      \
                    for (long x = x0; x < x1; x++) {                                                          \
                        type *pixel = image + x * sw * n;                                                     \
                        type *patch = unfolded + x * n;                                                       \
                        for (long k = 0; k < n; k++) {                                                        \
                            if (folding) pixel[k] += patch[k];                                                \
                            else patch[k] = pixel[k];                                                         \
                        }                                                                                     \
                    }                                                                                         \
                }                                                                                             \
                for (long k = x1 * n; k < ow * n && !folding; k++) unfolded[k] = 0;                           \
            }                                                                                                 \
            for (long k = y1 * ow * n; k < row_length && !folding; k++) row[k] = 0;                           \
        })                                                                                                    \
    }

MOVE_PATCHES(lesson_f32_move_patches, float)
MOVE_PATCHES(lesson_f64_move_patches, double)

// The body is inlined into each direction (and each instruction set) and specialised there.
LESSON_CLONES void lesson_f32_unfold(const lesson_conv_shape *s, const float *images, long n, float *columns)
{
    lesson_f32_move_patches(s, (float *)images, n, columns, 0);
}

LESSON_CLONES void lesson_f64_unfold(const lesson_conv_shape *s, const double *images, long n, double *columns)
{
    lesson_f64_move_patches(s, (double *)images, n, columns, 0);
}

LESSON_CLONES void lesson_f32_fold(const lesson_conv_shape *s, const float *columns, long n, float *images)
{
    lesson_f32_move_patches(s, images, n, (float *)columns, 1);
}

LESSON_CLONES void lesson_f64_fold(const lesson_conv_shape *s, const double *columns, long n, double *images)
{
    lesson_f64_move_patches(s, images, n, (double *)columns, 1);
}

typedef float lesson_f32x8 __attribute__((vector_size(32)));

// Transposes the 8 x 8 block at `source` into `destination` with vector shuffles (AVX where the CPU has it).
static inline void lesson_f32_transpose_8x8(const float *source, long source_stride, float *destination,
                                            long destination_stride)
{
    lesson_f32x8 r[8], t[8], s[8];
    for (int k = 0; k < 8; k++) __builtin_memcpy(&r[k], source + k * source_stride, sizeof(lesson_f32x8));
    for (int k = 0; k < 8; k += 2) {
        t[k] = __builtin_shufflevector(r[k], r[k + 1], 0, 8, 1, 9, 4, 12, 5, 13);
        t[k + 1] = __builtin_shufflevector(r[k], r[k + 1], 2, 10, 3, 11, 6, 14, 7, 15);
    }
    for (int k = 0; k < 8; k += 4) {
        s[k] = __builtin_shufflevector(t[k], t[k + 2], 0, 1, 8, 9, 4, 5, 12, 13);
        s[k + 1] = __builtin_shufflevector(t[k], t[k + 2], 2, 3, 10, 11, 6, 7, 14, 15);
        s[k + 2] = __builtin_shufflevector(t[k + 1], t[k + 3], 0, 1, 8, 9, 4, 5, 12, 13);
        s[k + 3] = __builtin_shufflevector(t[k + 1], t[k + 3], 2, 3, 10, 11, 6, 7, 14, 15);
    }
    for (int k = 0; k < 4; k++) {
        const lesson_f32x8 low = __builtin_shufflevector(s[k], s[k + 4], 0, 1, 2, 3, 8, 9, 10, 11);
        const lesson_f32x8 high = __builtin_shufflevector(s[k], s[k + 4], 4, 5, 6, 7, 12, 13, 14, 15);
        __builtin_memcpy(destination + k * destination_stride, &low, sizeof low);
        __builtin_memcpy(destination + (k + 4) * destination_stride, &high, sizeof high);
    }
}

// 8 x 8 blocks of float64, element by element (no benchmark convolves float64, so no vector shuffles).
static inline void lesson_f64_transpose_8x8(const double *source, long source_stride, double *destination,
                                            long destination_stride)
{
    for (int r = 0; r < 8; r++) {
        for (int c = 0; c < 8; c++) destination[c * destination_stride + r] = source[r * source_stride + c];
    }
}

// Blocks of 8 source columns outermost, so that the 8 destination rows they become are written front to back,
// 8 source rows at a time; the ragged rows and columns element by element. (A tiling of 16 x 16 around the blocks
// compiled to code that spent more on its edges than on the blocks: three times slower on chapter 13's layers.)
#define TRANSPOSE(name, type, block)                                                                          \
    LESSON_CLONES void name(const type *source, long rows, long columns, long source_stride, type *destination, \
                            long destination_stride)                                                          \
    {                                                                                                         \
        const long rows8 = rows / 8 * 8, columns8 = columns / 8 * 8, ss = source_stride;                      \
        const long ds = destination_stride;                                                                   \
        for (long c = 0; c < columns8; c += 8) {                                                              \
            for (long r = 0; r < rows8; r += 8) block(source + r * ss + c, ss, destination + c * ds + r, ds); \
            for (long r = rows8; r < rows; r++) {                                                             \
                for (long k = c; k < c + 8; k++) destination[k * ds + r] = source[r * ss + k];                \
            }                                                                                                 \
        }                                                                                                     \
        for (long r = 0; r < rows; r++) {                                                                     \
            for (long c = columns8; c < columns; c++) destination[c * ds + r] = source[r * ss + c];           \
        }                                                                                                     \
    }

TRANSPOSE(lesson_f32_transpose, float, lesson_f32_transpose_8x8)
TRANSPOSE(lesson_f64_transpose, double, lesson_f64_transpose_8x8)
