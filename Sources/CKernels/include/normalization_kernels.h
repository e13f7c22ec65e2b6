#ifndef LESSON_NORMALIZATION_KERNELS_H
#define LESSON_NORMALIZATION_KERNELS_H

// The per-channel loops of batch normalisation, for float32 (`f32`) and float64 (`f64`) runs of `count`
// contiguous elements, built like vector_kernels.h (AVX2 and the baseline, chosen at load time).
//
// The sums are kept in double in eight lanes (element i into lane i % 8), added pairwise at the end (lane j + lane
// j + 4, then + 2, + 1), then the last count % 8 elements in order: a fixed order, so the same bits on every CPU.

// The sum of a[i].
double lesson_f32_wide_sum(const float *a, long count);
double lesson_f64_wide_sum(const double *a, long count);

// The sum of (a[i] - mean)^2.
double lesson_f32_centered_square_sum(const float *a, double mean, long count);
double lesson_f64_centered_square_sum(const double *a, double mean, long count);

// The sum of (a[i] - mean) * b[i].
double lesson_f32_centered_dot(const float *a, double mean, const float *b, long count);
double lesson_f64_centered_dot(const double *a, double mean, const double *b, long count);

// out[i] = a[i] * scale + shift.
void lesson_f32_scale_shift(const float *a, float scale, float shift, float *out, long count);
void lesson_f64_scale_shift(const double *a, double scale, double shift, double *out, long count);

// The input gradient of batch normalisation in training: out[i] = (dy[i] - grad_mean - (x[i] - mean) * k) * invstd
// * weight, in that order.
void lesson_f32_batch_norm_gradient(const float *x, const float *dy, float mean, float k, float grad_mean,
                                    float invstd, float weight, float *out, long count);
void lesson_f64_batch_norm_gradient(const double *x, const double *dy, double mean, double k, double grad_mean,
                                    double invstd, double weight, double *out, long count);

#endif
