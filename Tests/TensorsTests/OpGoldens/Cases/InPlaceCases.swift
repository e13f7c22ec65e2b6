import Tensors

/// In-place operators on a copy of the input (`inplace_*`) and kernels on non-contiguous inputs (`strided_*`).
extension GoldenCases {
    /// A case that updates a copy of its first input in place (given the other inputs) and returns the copy.
    static func inPlace(_ body: @escaping (Tensor, [Tensor]) throws -> Void) -> GoldenBuild {
        { inputs in
            let copy = try inputs[0].clone()
            try body(copy, Array(inputs.dropFirst()))
            return copy
        }
    }

    static let inPlaceCases: [String: GoldenBuild] = [
        "inplace_add_tensor": inPlace { try $0 += $1[0] },
        "inplace_add_broadcast": inPlace { try $0 += $1[0] },
        "inplace_add_number": inPlace { y, _ in try y += 2 },
        "inplace_sub_number": inPlace { y, _ in try y -= 0.5 },
        "inplace_mul_tensor": inPlace { try $0 *= $1[0] },
        "inplace_div_number": inPlace { y, _ in try y /= 4 },
        "inplace_pow_number": inPlace { y, _ in try y **= 2 },
        "inplace_float_plus_int": inPlace { try $0 += $1[0] },
        "inplace_uint8_wraps": inPlace { y, _ in try y -= 1 },
        "inplace_int_plus_float_error": inPlace { try $0 += $1[0] },
        "inplace_int_div_error": inPlace { y, _ in try y /= 2 },
        "inplace_bool_plus_int_error": inPlace { y, _ in try y += 1 },
        "inplace_broadcast_shape_error": inPlace { try $0 += $1[0] },
        "inplace_into_transposed_view": inPlace { try $0.t() += $1[0] },
        "inplace_into_step_slice": inPlace { y, _ in try y[.all, from(nil, by: 2)] *= -1 },
        "inplace_zero": inPlace { y, _ in try y.zero() },
        "inplace_fill": inPlace { y, _ in try y.fill(2.5) },
        "inplace_copy_broadcast": inPlace { try $0.copy(from: $1[0]) },
        "inplace_copy_converts": inPlace { try $0.copy(from: $1[0]) },
        "inplace_copy_shape_error": inPlace { try $0.copy(from: $1[0]) },
    ]

    static let strided: [String: GoldenBuild] = [
        "strided_add_transposed": two { try $0.t() + $1 },
        "strided_mul_both_transposed": two { try $0.t() * $1.t() },
        "strided_sub_stepped": one { try $0[.all, from(nil, by: 2)] - $0[.all, from(1, by: 2)] },
        "strided_exp_transposed": one { try $0.t().exp() },
        "strided_sigmoid_stepped": one { try $0[from(nil, by: 2)].sigmoid() },
        "strided_neg_int_transposed": one { try -($0.t()) },
        "strided_compare_transposed": two { try $0.t() > $1 },
        "strided_which_transposed": three { try which($0.t(), $1.t(), $2) },
        "strided_clamp_transposed": one { try $0.t().clamp(min: -0.5, max: 0.5) },
        "strided_abs_expanded": one { try $0.expand(3, 4).abs() },
        "strided_float_of_transposed_int": one { try $0.t().float() },
        "strided_byte_of_stepped": one { try $0[.all, from(nil, by: 3)].byte() },
        "strided_not_transposed": one { try ~$0.t() },
        "strided_and_stepped": one { try $0[.all, from(nil, by: 2)] & $0[.all, from(1, by: 2)] },
        "strided_sum_stepped": one { try $0[.all, from(nil, by: 2)].sum(0) },
        "strided_mean_permuted": one { try $0.permute(2, 0, 1).mean([1, 2]) },
        "strided_max_transposed": one { try $0.t().max(1).values },
        "strided_argmax_transposed_float": one { try $0.t().argmax(0) },
        "strided_std_transposed": one { try $0.t().std(1) },
        "strided_cat_stepped": one { try cat([$0[.all, from(nil, by: 2)], $0[.all, from(1, by: 2)]], dim: 1) },
        "strided_stack_transposed": two { try stack([$0.t(), $1]) },
        "strided_matmul_expanded": two { try Tensors.matmul($0.expand(3, 4), $1) },
        "strided_index_transposed": one { try $0.t()[.tensor(tensor([1, 0, 1]))] },
        "strided_mask_transposed": one { try $0.t()[.tensor($0.t() > 0)] },
        "strided_assign_transposed": inPlace { y, _ in try y.t().setIndex([0], to: .scalar(9.0)) },
    ]
}
