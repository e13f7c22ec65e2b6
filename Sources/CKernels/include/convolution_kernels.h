#ifndef LESSON_CONVOLUTION_KERNELS_H
#define LESSON_CONVOLUTION_KERNELS_H

// The "im2col" and "col2im" loops of 2-D convolution, for float32 (`f32`) and float64 (`f64`), built like
// vector_kernels.h (AVX2 and the baseline, chosen at load time; only copies and one addition per element, so the
// same bits either way).

// The sizes of one convolution: the input planes (`channels` of `height` x `width`, contiguous), the kernel, its
// steps, and the output plane.
typedef struct {
    long channels, height, width;
    long kernel_height, kernel_width;
    long stride_height, stride_width;
    long padding_height, padding_width;
    long dilation_height, dilation_width;
    long out_height, out_width;
} lesson_conv_shape;

// Copies the receptive fields of the planes at `image` into the rows of `columns`: row (c * kernel_height + i) *
// kernel_width + j holds, for each of the out_height * out_width output positions, the input element under tap
// (i, j) of channel c, or zero where the tap falls in the padding. Rows are `row_length` elements apart.
void lesson_f32_unfold(const lesson_conv_shape *shape, const float *image, float *columns, long row_length);
void lesson_f64_unfold(const lesson_conv_shape *shape, const double *image, double *columns, long row_length);

// The reverse for gradients: adds every element of `columns` into the image element it was copied from, kernel
// column by kernel column, then channel, kernel row and position (a fixed order).
void lesson_f32_fold(const lesson_conv_shape *shape, const float *columns, long row_length, float *image);
void lesson_f64_fold(const lesson_conv_shape *shape, const double *columns, long row_length, double *image);

#endif
