import Tensors

/// `maxPool2d`, `avgPool2d` and `adaptiveAvgPool2d` with strides, padding, dilation, ceil mode, odd sizes and
/// non-contiguous inputs, and their argument errors (`max_pool2d_*`, `avg_pool2d_*`, `adaptive_avg_pool2d_*`,
/// `pool_error_*`).
extension GoldenCases {
    static let pooling: [String: GoldenBuild] = [
        "max_pool2d_basic": one { try maxPool2d($0, kernelSize: 2) },
        "max_pool2d_stride2_pad1_k3": one { try maxPool2d($0, kernelSize: 3, stride: 2, padding: 1) },
        "max_pool2d_overlapping": one { try maxPool2d($0, kernelSize: 3, stride: 1) },
        "max_pool2d_pairs": one { try maxPool2d($0, kernelSize: [2, 3], stride: [1, 2], padding: [1, 0]) },
        "max_pool2d_stride_list_of_one": one { try maxPool2d($0, kernelSize: 3, stride: [2]) },
        "max_pool2d_stride_empty_list": one { try maxPool2d($0, kernelSize: 2, stride: []) },
        "max_pool2d_dilation": one { try maxPool2d($0, kernelSize: 2, stride: 1, padding: 1, dilation: 2) },
        "max_pool2d_ceil_mode": one { try maxPool2d($0, kernelSize: 2, ceilMode: true) },
        "max_pool2d_ceil_mode_padded": one {
            try maxPool2d($0, kernelSize: 3, stride: 2, padding: 1, ceilMode: true)
        },
        "max_pool2d_unbatched": one { try maxPool2d($0, kernelSize: 2) },
        "max_pool2d_batch1_odd": one { try maxPool2d($0, kernelSize: 2) },
        "max_pool2d_noncontiguous": one { try maxPool2d($0.transpose(2, 3), kernelSize: 2, stride: 1) },
        "max_pool2d_float64": one { try maxPool2d($0, kernelSize: 3, stride: 2, padding: 1) },
        "max_pool2d_empty_batch": one { try maxPool2d($0, kernelSize: 2) },
        "max_pool2d_int64": one { try maxPool2d($0, kernelSize: 2, stride: 1, padding: 1) },
        "max_pool2d_uint8": one { try maxPool2d($0, kernelSize: 2) },
        "max_pool2d_int32": one { try maxPool2d($0, kernelSize: 3, stride: 2, padding: 1) },
        "max_pool2d_nan_wins": one { try maxPool2d($0, kernelSize: 2) },
        "max_pool2d_ties_first": one { try maxPool2d($0, kernelSize: 2, stride: 1) },
        "max_pool2d_all_negative_infinity": one { try maxPool2d($0, kernelSize: 2, stride: 1, padding: 1) },

        "avg_pool2d_basic": one { try avgPool2d($0, kernelSize: 2) },
        "avg_pool2d_stride2_pad1_k3": one { try avgPool2d($0, kernelSize: 3, stride: 2, padding: 1) },
        "avg_pool2d_exclude_padding": one {
            try avgPool2d($0, kernelSize: 3, stride: 2, padding: 1, countIncludePad: false)
        },
        "avg_pool2d_ceil_mode": one { try avgPool2d($0, kernelSize: 2, ceilMode: true) },
        "avg_pool2d_ceil_mode_padded": one {
            try avgPool2d($0, kernelSize: 3, stride: 2, padding: 1, ceilMode: true)
        },
        "avg_pool2d_ceil_mode_padded_exclude": one {
            try avgPool2d($0, kernelSize: 3, stride: 2, padding: 1, ceilMode: true, countIncludePad: false)
        },
        "avg_pool2d_divisor_override": one { try avgPool2d($0, kernelSize: 2, divisorOverride: 3) },
        "avg_pool2d_pairs": one { try avgPool2d($0, kernelSize: [3, 2], stride: [2, 1], padding: [1, 0]) },
        "avg_pool2d_overlapping": one { try avgPool2d($0, kernelSize: 2, stride: 1) },
        "avg_pool2d_unbatched": one { try avgPool2d($0, kernelSize: 2) },
        "avg_pool2d_noncontiguous": one { try avgPool2d($0[.all, .all, from(1), from(nil, by: 2)], kernelSize: 2) },
        "avg_pool2d_float64": one { try avgPool2d($0, kernelSize: 3, stride: 1, padding: 1) },
        "avg_pool2d_int64_truncates": one { try avgPool2d($0, kernelSize: 2) },

        "adaptive_avg_pool2d_uneven": one { try adaptiveAvgPool2d($0, outputSize: 3) },
        "adaptive_avg_pool2d_pair": one { try adaptiveAvgPool2d($0, outputSize: [2, 3]) },
        "adaptive_avg_pool2d_one": one { try adaptiveAvgPool2d($0, outputSize: 1) },
        "adaptive_avg_pool2d_one_pair": one { try adaptiveAvgPool2d($0, outputSize: [1, 1]) },
        "adaptive_avg_pool2d_one_by_two": one { try adaptiveAvgPool2d($0, outputSize: [1, 2]) },
        "adaptive_avg_pool2d_larger_than_input": one { try adaptiveAvgPool2d($0, outputSize: 5) },
        "adaptive_avg_pool2d_same_size": one { try adaptiveAvgPool2d($0, outputSize: [4, 3]) },
        "adaptive_avg_pool2d_unbatched": one { try adaptiveAvgPool2d($0, outputSize: 2) },
        "adaptive_avg_pool2d_noncontiguous": one { try adaptiveAvgPool2d($0.transpose(2, 3), outputSize: [3, 2]) },
        "adaptive_avg_pool2d_float64": one { try adaptiveAvgPool2d($0, outputSize: 2) },
        "adaptive_avg_pool2d_one_on_2d": one { try adaptiveAvgPool2d($0, outputSize: 1) },
        "adaptive_avg_pool2d_zero": one { try adaptiveAvgPool2d($0, outputSize: 0) },
        "adaptive_avg_pool2d_thirds": one { try adaptiveAvgPool2d($0, outputSize: 2) },
    ]

    static let poolingErrors: [String: GoldenBuild] = [
        "pool_error_max_input_rank2": inputless { try maxPool2d(zeros([8, 8]), kernelSize: 2) },
        "pool_error_max_input_rank5": inputless { try maxPool2d(zeros([1, 1, 1, 8, 8]), kernelSize: 2) },
        "pool_error_max_kernel_three_values": inputless { try maxPool2d(plane, kernelSize: [1, 2, 3]) },
        "pool_error_max_kernel_empty": inputless { try maxPool2d(plane, kernelSize: []) },
        "pool_error_max_kernel_before_rank": inputless { try maxPool2d(zeros([8, 8]), kernelSize: [1, 2, 3]) },
        "pool_error_max_stride_three_values": inputless { try maxPool2d(plane, kernelSize: 2, stride: [1, 2, 3]) },
        "pool_error_max_padding_three_values": inputless {
            try maxPool2d(plane, kernelSize: 2, stride: 2, padding: [1, 1, 1])
        },
        "pool_error_max_dilation_three_values": inputless {
            try maxPool2d(plane, kernelSize: 2, stride: 2, dilation: [1, 1, 1])
        },
        "pool_error_max_kernel_zero": inputless { try maxPool2d(plane, kernelSize: 0) },
        "pool_error_max_kernel_zero_stride1": inputless { try maxPool2d(plane, kernelSize: 0, stride: 1) },
        "pool_error_max_kernel_negative": inputless { try maxPool2d(plane, kernelSize: -1) },
        "pool_error_max_kernel_negative_stride2": inputless { try maxPool2d(plane, kernelSize: -3, stride: 2) },
        "pool_error_max_stride_zero": inputless { try maxPool2d(plane, kernelSize: 2, stride: 0) },
        "pool_error_max_stride_negative": inputless { try maxPool2d(plane, kernelSize: 2, stride: -1) },
        "pool_error_max_dilation_zero": inputless { try maxPool2d(plane, kernelSize: 2, stride: 1, dilation: 0) },
        "pool_error_max_padding_too_big": inputless { try maxPool2d(plane, kernelSize: 2, stride: 2, padding: 2) },
        "pool_error_max_padding_too_big_dilated": inputless {
            try maxPool2d(plane, kernelSize: 2, stride: 1, padding: 2, dilation: 3)
        },
        "pool_error_max_padding_negative": inputless { try maxPool2d(plane, kernelSize: 2, stride: 2, padding: -1) },
        "pool_error_max_output_too_small": inputless { try maxPool2d(zeros([1, 1, 2, 2]), kernelSize: 3) },
        "pool_error_max_output_too_small_one_side": inputless { try maxPool2d(zeros([1, 3, 1, 5]), kernelSize: 2) },
        "pool_error_max_empty_channels": inputless { try maxPool2d(zeros([2, 0, 4, 4]), kernelSize: 2) },
        "pool_error_max_empty_height": inputless { try maxPool2d(zeros([2, 1, 0, 4]), kernelSize: 2) },
        "pool_error_max_unbatched_empty_channels": inputless { try maxPool2d(zeros([0, 4, 4]), kernelSize: 2) },
        "pool_error_max_bool": inputless { try maxPool2d(ones([1, 1, 4, 4], dtype: .bool), kernelSize: 2) },
        "pool_error_max_argument_overflow": inputless {
            try maxPool2d(plane, kernelSize: ConvPair(1 << 40), stride: 1)
        },
        "pool_error_avg_input_rank2": inputless { try avgPool2d(zeros([8, 8]), kernelSize: 2) },
        "pool_error_avg_input_rank1": inputless { try avgPool2d(zeros([8]), kernelSize: 2) },
        "pool_error_avg_input_rank0": inputless { try avgPool2d(tensor(1.0), kernelSize: 2) },
        "pool_error_avg_input_rank5": inputless { try avgPool2d(zeros([1, 1, 1, 8, 8]), kernelSize: 2) },
        "pool_error_avg_kernel_three_values": inputless { try avgPool2d(plane, kernelSize: [1, 2, 3]) },
        "pool_error_avg_stride_three_values": inputless { try avgPool2d(plane, kernelSize: 2, stride: [1, 2, 3]) },
        "pool_error_avg_padding_three_values": inputless {
            try avgPool2d(plane, kernelSize: 2, stride: 2, padding: [1, 1, 1])
        },
        "pool_error_avg_kernel_zero": inputless { try avgPool2d(plane, kernelSize: 0) },
        "pool_error_avg_stride_zero": inputless { try avgPool2d(plane, kernelSize: 2, stride: 0) },
        "pool_error_avg_stride_negative": inputless { try avgPool2d(plane, kernelSize: 2, stride: -1) },
        "pool_error_avg_padding_too_big": inputless { try avgPool2d(plane, kernelSize: 2, stride: 2, padding: 2) },
        "pool_error_avg_padding_negative": inputless { try avgPool2d(plane, kernelSize: 2, stride: 2, padding: -1) },
        "pool_error_avg_output_too_small": inputless { try avgPool2d(zeros([1, 1, 2, 2]), kernelSize: 3) },
        "pool_error_avg_empty_channels": inputless { try avgPool2d(zeros([2, 0, 4, 4]), kernelSize: 2) },
        "pool_error_avg_divisor_zero": inputless { try avgPool2d(plane, kernelSize: 2, divisorOverride: 0) },
        "pool_error_avg_divisor_zero_before_rank": inputless {
            try avgPool2d(zeros([8, 8]), kernelSize: 2, divisorOverride: 0)
        },
        "pool_error_avg_int32": inputless { try avgPool2d(ones([1, 1, 4, 4], dtype: .int32), kernelSize: 2) },
        "pool_error_avg_uint8": inputless { try avgPool2d(ones([1, 1, 4, 4], dtype: .uint8), kernelSize: 2) },
        "pool_error_avg_bool": inputless { try avgPool2d(ones([1, 1, 4, 4], dtype: .bool), kernelSize: 2) },
        "pool_error_adaptive_input_rank2": inputless { try adaptiveAvgPool2d(zeros([8, 8]), outputSize: 3) },
        "pool_error_adaptive_input_rank5": inputless { try adaptiveAvgPool2d(zeros([1, 1, 1, 8, 8]), outputSize: 3) },
        "pool_error_adaptive_negative": inputless { try adaptiveAvgPool2d(plane, outputSize: -1) },
        "pool_error_adaptive_three_values": inputless { try adaptiveAvgPool2d(plane, outputSize: [1, 2, 3]) },
        "pool_error_adaptive_one_value_list": inputless { try adaptiveAvgPool2d(plane, outputSize: [2]) },
        "pool_error_adaptive_empty_width": inputless { try adaptiveAvgPool2d(zeros([1, 1, 4, 0]), outputSize: 2) },
        "pool_error_adaptive_int64": inputless {
            try adaptiveAvgPool2d(ones([1, 1, 4, 4], dtype: .int64), outputSize: 2)
        },
        "pool_error_adaptive_int64_one": inputless {
            try adaptiveAvgPool2d(ones([1, 1, 4, 4], dtype: .int64), outputSize: 1)
        },
        "pool_error_adaptive_one_on_1d": inputless { try adaptiveAvgPool2d(zeros([4]), outputSize: 1) },
    ]

    /// The `[1, 1, 8, 8]` input of the argument errors.
    private static var plane: Tensor { get throws { try zeros([1, 1, 8, 8]) } }
}
