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

// squares[c] = the sum of (x - mean[c])^2 over channel c.
void lesson_f32_channel_centered_squares(const lesson_channel_runs *runs, const float *x, const double *mean,
                                         double *squares);
void lesson_f64_channel_centered_squares(const lesson_channel_runs *runs, const double *x, const double *mean,
                                         double *squares);

// sums[c] = the sum of g, dots[c] = the sum of (x - mean[c]) * g, over channel c.
void lesson_f32_channel_gradient_sums(const lesson_channel_runs *runs, const float *x, const float *g,
                                      const double *mean, double *sums, double *dots);
void lesson_f64_channel_gradient_sums(const lesson_channel_runs *runs, const double *x, const double *g,
                                      const double *mean, double *sums, double *dots);

// out = x * scale[c] + shift[c] in channel c.
void lesson_f32_channel_scale_shift(const lesson_channel_runs *runs, const float *x, const float *scale,
                                    const float *shift, float *out);
void lesson_f64_channel_scale_shift(const lesson_channel_runs *runs, const double *x, const double *scale,
                                    const double *shift, double *out);

// The input gradient of batch normalisation in training: out = (g - grad_mean - (x - mean) * k) * invstd * weight,
// in that order, with channel c's numbers at coefficients[5 * c ...]: mean, k, grad_mean, invstd, weight.
void lesson_f32_channel_gradient(const lesson_channel_runs *runs, const float *x, const float *g,
                                 const float *coefficients, float *out);
void lesson_f64_channel_gradient(const lesson_channel_runs *runs, const double *x, const double *g,
                                 const double *coefficients, double *out);

#endif
