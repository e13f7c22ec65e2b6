#ifndef LESSON_NORMALIZATION_KERNELS_H
#define LESSON_NORMALIZATION_KERNELS_H

// The per-channel loops of batch normalisation over a contiguous [batch, channels, spatial] tensor, for float32
// (`f32`) and float64 (`f64`), built like vector_kernels.h (AVX2 and the baseline, chosen at load time). Each call
// visits the channels first ..< last (so threads can share the channels out), and each channel's runs of
// `spatial` elements image by image.
//
// Sums are kept in double. A run of at least 8 elements is summed in eight lanes (element i into lane i % 8), added
// pairwise at the end (lane j + lane j + 4, then + 2, + 1), then its last count % 8 elements in order; a shorter run
// in order; the runs' sums are added image by image. A fixed order, so the same bits on every CPU and for any split
// of the channels.

typedef struct {
    long batch, channels, spatial;
    long first, last;
} lesson_channel_runs;

// sums[c] = the sum of channel c.
void lesson_f32_channel_sums(const lesson_channel_runs *runs, const float *x, double *sums);
void lesson_f64_channel_sums(const lesson_channel_runs *runs, const double *x, double *sums);

// Batch normalisation in training, channel by channel: mean[c] = the sum / count, variance[c] = the sum of
// (x - mean[c])^2 / count, then out = x * a + b with alpha = 1 / sqrt(variance[c] + eps) * weight[c], a = alpha and
// b = bias[c] - mean[c] * alpha, both rounded to the element type (count = batch * spatial).
void lesson_f32_channel_normalize(const lesson_channel_runs *runs, const float *x, const double *weight,
                                  const double *bias, double eps, double *mean, double *variance, float *out);
void lesson_f64_channel_normalize(const lesson_channel_runs *runs, const double *x, const double *weight,
                                  const double *bias, double eps, double *mean, double *variance, double *out);

// out = x * scale[c] + shift[c] in channel c.
void lesson_f32_channel_scale_shift(const lesson_channel_runs *runs, const float *x, const float *scale,
                                    const float *shift, float *out);
void lesson_f64_channel_scale_shift(const lesson_channel_runs *runs, const double *x, const double *scale,
                                    const double *shift, double *out);

// The backward pass of batch normalisation, channel by channel: sums[c] = the sum of g, dots[c] = the sum of
// (x - mean[c]) * g; then, unless `out` is NULL, the input gradient in training,
// out = (g - grad_mean - (x - mean) * k) * invstd * weight in that order, with k = dots[c] * invstd[c]^2 / count and
// grad_mean = sums[c] / count, each of the five numbers rounded to the element type first.
void lesson_f32_channel_gradient(const lesson_channel_runs *runs, const float *x, const float *g, const double *mean,
                                 const double *invstd, const double *weight, double *sums, double *dots, float *out);
void lesson_f64_channel_gradient(const lesson_channel_runs *runs, const double *x, const double *g,
                                 const double *mean, const double *invstd, const double *weight, double *sums,
                                 double *dots, double *out);

#endif
