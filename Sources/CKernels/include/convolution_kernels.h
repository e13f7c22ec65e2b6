#ifndef LESSON_CONVOLUTION_KERNELS_H
#define LESSON_CONVOLUTION_KERNELS_H

// The data movement of 2-D convolution, for float32 (`f32`) and float64 (`f64`), built like vector_kernels.h (AVX2
// and the baseline, chosen at load time; copies and one addition per element, so the same bits either way).
//
// A few images are convolved together, interleaved: element (c, y, x) of image n of `image_count` lies at
// ((c * height + y) * width + x) * image_count + n, so that the images of a product are side by side in memory (one
// image is plain row-major [channels, height, width]).

// The sizes of one convolution: the input planes (`channels` of `height` x `width`), the kernel, its steps, and
// the output plane.
typedef struct {
    long channels, height, width;
    long kernel_height, kernel_width;
    long stride_height, stride_width;
    long padding_height, padding_width;
    long dilation_height, dilation_width;
    long out_height, out_width;
} lesson_conv_shape;

// "im2col": copies the receptive fields of the interleaved images into `columns`, a matrix of channels *
// kernel_height * kernel_width rows of out_height * out_width * image_count elements: row (c * kernel_height + i) *
// kernel_width + j holds, for each output position and image, the input element under tap (i, j) of channel c, or
// zero where the tap falls in the padding.
void lesson_f32_unfold(const lesson_conv_shape *shape, const float *images, long image_count, float *columns);
void lesson_f64_unfold(const lesson_conv_shape *shape, const double *images, long image_count, double *columns);

// "col2im", the reverse for gradients: adds every element of `columns` into the interleaved image element it was
// copied from, kernel column by kernel column, then channel, kernel row and position (a fixed order).
void lesson_f32_fold(const lesson_conv_shape *shape, const float *columns, long image_count, float *images);
void lesson_f64_fold(const lesson_conv_shape *shape, const double *columns, long image_count, double *images);

// destination[c * destination_stride + r] = source[r * source_stride + c] for r < rows and c < columns.
void lesson_f32_transpose(const float *source, long rows, long columns, long source_stride, float *destination,
                          long destination_stride);
void lesson_f64_transpose(const double *source, long rows, long columns, long source_stride, double *destination,
                          long destination_stride);

#endif
