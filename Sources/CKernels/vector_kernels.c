#include "vector_kernels.h"
#include "clones.h"

#include <string.h>

// One loop per operand layout, so that each vectorises: both runs, a run and a scalar, a scalar and a run.
#define BINARY_LOOP(name, op)                                                                                 \
    LESSON_CLONES void name(const float *a, long a_step, const float *b, long b_step, float *out, long count) \
    {                                                                                                         \
        if (a_step == 1 && b_step == 1) {                                                                     \
            for (long i = 0; i < count; i++) out[i] = a[i] op b[i];                                           \
        } else if (a_step == 1) {                                                                             \
            const float y = b[0];                                                                             \
            for (long i = 0; i < count; i++) out[i] = a[i] op y;                                              \
        } else if (b_step == 1) {                                                                             \
            const float x = a[0];                                                                             \
            for (long i = 0; i < count; i++) out[i] = x op b[i];                                              \
        } else {                                                                                              \
            const float value = a[0] op b[0];                                                                 \
            for (long i = 0; i < count; i++) out[i] = value;                                                  \
        }                                                                                                     \
    }

BINARY_LOOP(lesson_f32_add, +)
BINARY_LOOP(lesson_f32_subtract, -)
BINARY_LOOP(lesson_f32_multiply, *)
BINARY_LOOP(lesson_f32_divide, /)

LESSON_CLONES void lesson_f32_absolute(const float *a, float *out, long count)
{
    for (long i = 0; i < count; i++) out[i] = __builtin_fabsf(a[i]);
}

LESSON_CLONES void lesson_u8_to_f32(const uint8_t *a, float *out, long count)
{
    for (long i = 0; i < count; i++) out[i] = (float)a[i];
}

typedef float lesson_lanes __attribute__((vector_size(64)));

LESSON_CLONES float lesson_f32_sum(const float *a, long count)
{
    enum { block_size = 4096 };
    float total = 0;
    for (long start = 0; start < count; start += block_size) {
        const long end = start + block_size < count ? start + block_size : count;
        lesson_lanes lanes = {0};
        long i = start;
        for (; i + 16 <= end; i += 16) {
            lesson_lanes chunk;
            memcpy(&chunk, a + i, sizeof chunk);
            lanes += chunk;
        }
        float lane[16];
        memcpy(lane, &lanes, sizeof lane);
        for (int width = 8; width >= 1; width /= 2) {
            for (int j = 0; j < width; j++) lane[j] += lane[j + width];
        }
        float block = lane[0];
        for (; i < end; i++) block += a[i];
        total += block;
    }
    return total;
}
