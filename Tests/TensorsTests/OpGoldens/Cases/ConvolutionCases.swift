import Tensors

/// `conv2d` with strides, padding, dilation, groups, odd sizes, one image and non-contiguous operands, and its
/// argument errors in PyTorch's order (`conv2d_*`).
extension GoldenCases {
    static let convolutions: [String: GoldenBuild] = [
        "conv2d_basic": two { try conv2d($0, $1) },
        "conv2d_bias": three { try conv2d($0, $1, bias: $2) },
        "conv2d_stride2_pad1": three { try conv2d($0, $1, bias: $2, stride: 2, padding: 1) },
        "conv2d_stride_pad_pairs": two { try conv2d($0, $1, stride: [2, 1], padding: [0, 2]) },
        "conv2d_stride_list_of_one": two { try conv2d($0, $1, stride: [2]) },
        "conv2d_dilation2": two { try conv2d($0, $1, padding: 1, dilation: 2) },
        "conv2d_dilation_pair": two { try conv2d($0, $1, dilation: [1, 3]) },
        "conv2d_groups2": three { try conv2d($0, $1, bias: $2, groups: 2) },
        "conv2d_depthwise_stride2": two { try conv2d($0, $1, stride: 2, padding: 1, groups: 3) },
        "conv2d_groups_dilation_stride": two {
            try conv2d($0, $1, stride: [1, 2], padding: 2, dilation: 2, groups: 2)
        },
        "conv2d_batch1_edges": two { try conv2d($0, $1) },
        "conv2d_unbatched": three { try conv2d($0, $1, bias: $2, padding: 1) },
        "conv2d_kernel_1x1": three { try conv2d($0, $1, bias: $2) },
        "conv2d_kernel_1x1_stride2_pad1": two { try conv2d($0, $1, stride: 2, padding: 1) },
        "conv2d_kernel_fills_input": two { try conv2d($0, $1) },
        "conv2d_kernel5_stride2_pad2": three { try conv2d($0, $1, bias: $2, stride: 2, padding: 2) },
        "conv2d_many_channels": two { try conv2d($0, $1, padding: 1) },
        "conv2d_batch9": two { try conv2d($0, $1, stride: 2, padding: 1) },
        "conv2d_large_planes": three { try conv2d($0, $1, bias: $2, padding: 1) },
        "conv2d_ragged_products": three { try conv2d($0, $1, bias: $2) },
        "conv2d_noncontiguous_input": two { try conv2d($0.transpose(2, 3), $1) },
        "conv2d_noncontiguous_slice": two { try conv2d($0[.all, .all, from(nil, by: 2), from(1)], $1, padding: 1) },
        "conv2d_noncontiguous_weight": two { try conv2d($0, $1.transpose(2, 3)) },
        "conv2d_noncontiguous_channels_last": two { try conv2d($0.permute(0, 3, 1, 2), $1, stride: 2) },
        "conv2d_float64": three { try conv2d($0, $1, bias: $2, stride: 2, padding: 1, groups: 2) },
        "conv2d_empty_batch": two { try conv2d($0, $1) },
        "conv2d_no_grad_weight": two { x, w in try conv2d(x, w.float() / 4, padding: 1) },
        "conv2d_int64": three { try conv2d($0, $1, bias: $2, padding: 1) },
        "conv2d_int32_groups_stride": two { try conv2d($0, $1, stride: 2, padding: 1, groups: 2) },
        "conv2d_int64_dilated": two { try conv2d($0, $1, dilation: 2) },
        "conv2d_uint8_wraps": two { try conv2d($0, $1) },
        "conv2d_int32_wraps": three { try conv2d($0, $1, bias: $2) },
        "conv2d_zero_input_channels": two { try conv2d($0, $1) },
    ]

    static let convolutionErrors: [String: GoldenBuild] = [
        "conv2d_error_wrong_channels": inputless { try conv2d(zeros([2, 3, 28, 28]), zeros([4, 1, 3, 3])) },
        "conv2d_error_wrong_channels_unbatched": inputless { try conv2d(zeros([2, 5, 5]), zeros([4, 1, 3, 3])) },
        "conv2d_error_kernel_too_big": inputless { try conv2d(zeros([1, 1, 2, 2]), zeros([1, 1, 3, 3])) },
        "conv2d_error_kernel_too_big_padded_dilated": inputless {
            try conv2d(zeros([1, 1, 2, 5]), zeros([1, 1, 5, 3]), padding: 1, dilation: 2)
        },
        "conv2d_error_empty_height": inputless { try conv2d(zeros([1, 1, 0, 5]), zeros([4, 1, 1, 1])) },
        "conv2d_error_groups_not_dividing_weight": inputless {
            try conv2d(zeros([1, 4, 5, 5]), zeros([3, 2, 3, 3]), groups: 2)
        },
        "conv2d_error_groups_larger_than_weight": inputless {
            try conv2d(zeros([1, 4, 5, 5]), zeros([1, 1, 3, 3]), groups: 4)
        },
        "conv2d_error_groups_wrong_channels": inputless {
            try conv2d(zeros([1, 5, 5, 5]), zeros([4, 2, 3, 3]), groups: 2)
        },
        "conv2d_error_groups_zero": inputless { try conv2d(zeros([1, 4, 5, 5]), zeros([4, 2, 3, 3]), groups: 0) },
        "conv2d_error_groups_negative": inputless {
            try conv2d(zeros([1, 4, 5, 5]), zeros([4, 2, 3, 3]), groups: -1)
        },
        "conv2d_error_input_rank5": inputless { try conv2d(zeros([1, 1, 1, 5, 5]), zeros([4, 1, 3, 3])) },
        "conv2d_error_input_rank2": inputless { try conv2d(zeros([5, 5]), zeros([4, 1, 3, 3])) },
        "conv2d_error_weight_rank2": inputless { try conv2d(zeros([1, 1, 5, 5]), zeros([4, 3])) },
        "conv2d_error_weight_rank3": inputless { try conv2d(zeros([1, 1, 5, 5]), zeros([4, 3, 3])) },
        "conv2d_error_weight_rank5": inputless { try conv2d(zeros([1, 1, 5, 5]), zeros([4, 1, 1, 3, 3])) },
        "conv2d_error_weight_rank3_lists_of_one": inputless {
            try conv2d(zeros([1, 2, 5, 5]), zeros([4, 1, 3]), stride: [2], padding: [0], dilation: [1])
        },
        "conv2d_error_weight_no_output_channels": inputless { try conv2d(zeros([1, 1, 5, 5]), zeros([0, 1, 3, 3])) },
        "conv2d_error_kernel_zero": inputless { try conv2d(zeros([1, 1, 2, 2]), zeros([4, 1, 0, 0])) },
        "conv2d_error_kernel_zero_dilated": inputless {
            try conv2d(zeros([1, 1, 5, 5], dtype: .float64), zeros([4, 1, 0, 3], dtype: .float64), dilation: 2)
        },
        "conv2d_error_bias_wrong_size": inputless {
            try conv2d(zeros([1, 1, 5, 5]), zeros([4, 1, 3, 3]), bias: zeros([3]))
        },
        "conv2d_error_bias_2d": inputless {
            try conv2d(zeros([1, 1, 5, 5]), zeros([4, 1, 3, 3]), bias: zeros([4, 1]))
        },
        "conv2d_error_stride_three_values": planeConvolution(stride: [1, 2, 3]),
        "conv2d_error_stride_empty": planeConvolution(stride: []),
        "conv2d_error_stride_zero": planeConvolution(stride: 0),
        "conv2d_error_stride_negative": planeConvolution(stride: -1),
        "conv2d_error_padding_negative": planeConvolution(padding: -1),
        "conv2d_error_padding_three_values": planeConvolution(padding: [1, 2, 3]),
        "conv2d_error_dilation_three_values": planeConvolution(dilation: [1, 1, 1]),
        "conv2d_error_dilation_zero": planeConvolution(dilation: 0),
        "conv2d_error_dilation_zero_batched": inputless {
            try conv2d(zeros([2, 1, 5, 5]), zeros([4, 1, 3, 3]), dilation: 0)
        },
        "conv2d_error_dilation_one_zero": planeConvolution(dilation: [1, 0]),
        "conv2d_error_dilation_negative": planeConvolution(dilation: -1),
        "conv2d_error_stride_zero_before_dilation": planeConvolution(stride: 0, dilation: -1),
        "conv2d_error_padding_before_stride": planeConvolution(stride: 0, padding: -1),
        "conv2d_error_groups_before_padding": planeConvolution(padding: -1, groups: 0),
        "conv2d_error_channels_before_bias": inputless {
            try conv2d(zeros([1, 2, 5, 5]), zeros([4, 1, 3, 3]), bias: zeros([3]))
        },
        "conv2d_error_bias_before_kernel": inputless {
            try conv2d(zeros([1, 1, 2, 2]), zeros([4, 1, 3, 3]), bias: zeros([3]))
        },
        "conv2d_error_bool": inputless {
            try conv2d(ones([1, 1, 5, 5], dtype: .bool), ones([4, 1, 3, 3], dtype: .bool))
        },
        "conv2d_error_int32_dilated": inputless {
            try conv2d(ones([1, 1, 5, 5], dtype: .int32), ones([2, 1, 2, 2], dtype: .int32), dilation: 2)
        },
        "conv2d_error_uint8_dilated_float_weight": inputless {
            try conv2d(ones([1, 1, 5, 5], dtype: .uint8), ones([2, 1, 2, 2]), dilation: 2)
        },
        "conv2d_error_int64_dilated_float_weight": inputless {
            try conv2d(ones([1, 1, 5, 5], dtype: .int64), ones([2, 1, 2, 2]), dilation: 2)
        },
        "conv2d_error_bool_dilated": inputless {
            try conv2d(ones([1, 1, 5, 5], dtype: .bool), ones([4, 1, 2, 3], dtype: .bool), dilation: 2)
        },
        "conv2d_error_int64_float_weight": inputless {
            try conv2d(zeros([1, 1, 5, 5], dtype: .int64), zeros([4, 1, 3, 3]))
        },
        "conv2d_error_float_int64_weight": inputless {
            try conv2d(zeros([1, 1, 5, 5]), zeros([4, 1, 3, 3], dtype: .int64))
        },
        "conv2d_error_float_double_weight": inputless {
            try conv2d(zeros([1, 1, 5, 5]), zeros([4, 1, 3, 3], dtype: .float64))
        },
        "conv2d_error_double_float_weight_dilated": inputless {
            try conv2d(zeros([1, 1, 5, 5], dtype: .float64), zeros([4, 1, 2, 3]), dilation: 2)
        },
        "conv2d_error_float_double_weight_batched": inputless {
            try conv2d(zeros([64, 1, 28, 28]), zeros([4, 1, 3, 3], dtype: .float64))
        },
        "conv2d_error_float_double_weight_grouped": inputless {
            try conv2d(zeros([1, 2, 5, 5]), zeros([4, 1, 2, 3], dtype: .float64), groups: 2)
        },
        "conv2d_error_float_double_bias": inputless {
            try conv2d(zeros([1, 1, 5, 5]), zeros([4, 1, 3, 3]), bias: zeros([4], dtype: .float64))
        },
        "conv2d_error_int32_float_bias": inputless {
            try conv2d(zeros([1, 1, 2, 2], dtype: .int32), zeros([4, 1, 1, 1], dtype: .int32), bias: zeros([4]))
        },
        "conv2d_error_bias_dtype_before_weight_dtype": inputless {
            try conv2d(zeros([1, 1, 2, 2]), zeros([4, 1, 1, 1], dtype: .float64), bias: zeros([4], dtype: .int64))
        },
    ]

    /// `conv2d` of a zero `[1, 1, 5, 5]` image with four zero 3x3 kernels, under the arguments given.
    private static func planeConvolution(
        stride: ConvPair = 1, padding: ConvPair = 0, dilation: ConvPair = 1, groups: Int = 1
    ) -> GoldenBuild {
        inputless {
            try conv2d(
                zeros([1, 1, 5, 5]), zeros([4, 1, 3, 3]), stride: stride, padding: padding, dilation: dilation,
                groups: groups)
        }
    }
}
