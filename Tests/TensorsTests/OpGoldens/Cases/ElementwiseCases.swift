import Tensors
import Testing

/// Element-wise functions, clamp, powers, division and remainder, element-wise extremes, `which`
/// (`unary_*`, `clamp_*`, `pow_*`, `arith_*`, `extreme_*`, `which_*`).
extension GoldenCases {
    /// `unary_<name>` and `grad_<name>` for every `UnaryOperation`, by its PyTorch name: a new operation fails
    /// `everyGoldenHasAClosureAndEveryClosureAGolden` until make_op_goldens.py has both cases.
    private static let unaryOperations: [String: GoldenBuild] = Dictionary(
        uniqueKeysWithValues: UnaryOperation.allCases.flatMap { operation in
            ["unary_", "grad_"].map { prefix in (prefix + operation.pytorchName, one { try $0.unary(operation) }) }
        })

    /// The operations' own cases, then edge cases (dtypes, NaN, infinities) and the free-function spellings.
    static let unary: [String: GoldenBuild] = unaryOperations.merging([
        "unary_square": one { try $0.square() },
        "unary_free_abs": one { try abs($0) },
        "unary_free_sqrt": one { try sqrt($0) },
        "unary_free_exp": one { try exp($0) },
        "unary_free_log": one { try log($0) },
        "unary_free_sigmoid": one { try sigmoid($0) },
        "unary_free_relu": one { try relu($0) },
        "unary_free_tanh": one { try tanh($0) },
        "unary_sqrt_negative_nan": one { try $0.sqrt() },
        "unary_log_zero": one { try $0.log() },
        "unary_exp_large": one { try $0.exp() },
        "unary_sigmoid_extremes": one { try $0.sigmoid() },
        "unary_relu_nan": one { try $0.relu() },
        "unary_abs_float64": one { try $0.abs() },
        "unary_exp_float64": one { try $0.exp() },
        "unary_neg_int64": one { try -$0 },
        "unary_abs_int64": one { try $0.abs() },
        "unary_relu_int64": one { try $0.relu() },
        "unary_sign_int64": one { try $0.sign() },
        "unary_sqrt_int64": one { try $0.sqrt() },
        "unary_exp_int32": one { try $0.exp() },
        "unary_sigmoid_bool": one { try $0.sigmoid() },
        "unary_sqrt_uint8": one { try $0.sqrt() },
        "unary_log_int64": one { try $0.log() },
        "unary_tanh_int64": one { try $0.tanh() },
        "unary_neg_bool_error": one { try -$0 },
        "unary_neg_uint8_wraps": one { try -$0 },
        "unary_abs_int64_min": one { try $0.abs() },
        "unary_reciprocal_zero_and_specials": one { try $0.reciprocal() },
        "unary_reciprocal_negative_zero": one { try (-$0).reciprocal() },
        "unary_reciprocal_int64": one { try $0.reciprocal() },
        "unary_reciprocal_bool": one { try $0.reciprocal() },
        "unary_reciprocal_float64": one { try $0.reciprocal() },
    ]) { first, _ in recordingClash(keeping: first) }

    /// `binary_<name>` for every arithmetic, comparison and bitwise operation and `grad_<name>` for every
    /// arithmetic one, by PyTorch name, with two tensor operands (as `unaryOperations`).
    private static let binaryOperations: [String: GoldenBuild] = {
        var cases: [String: GoldenBuild] = [:]
        for operation in ArithmeticOperation.allCases {
            let build = two { try Tensor.arithmetic(operation, .tensor($0), .tensor($1)) }
            cases["binary_" + operation.pytorchName] = build
            cases["grad_" + operation.pytorchName] = build
        }
        for operation in ComparisonOperation.allCases {
            cases["binary_" + operation.pytorchName] = two { try Tensor.compare(operation, .tensor($0), .tensor($1)) }
        }
        for operation in BitwiseOperation.allCases {
            cases["binary_" + operation.pytorchName] = two { try Tensor.bitwise(operation, .tensor($0), .tensor($1)) }
        }
        return cases
    }()

    /// The binary operations' own cases, then clamp, powers, division, remainder, extremes and `which`.
    static let elementwise: [String: GoldenBuild] = binaryOperations.merging([
        "clamp_min": one { try $0.clamp(min: 0.5) },
        "clamp_max": one { try $0.clamp(max: -0.5) },
        "clamp_both": one { try $0.clamp(min: -0.5, max: 0.5) },
        "clamp_min_above_max": one { try $0.clamp(min: 1.0, max: -1.0) },
        "clamp_nan": one { try $0.clamp(min: 0.0, max: 1.0) },
        "clamp_int_int": one { try $0.clamp(min: -2, max: 3) },
        "clamp_int_double": one { try $0.clamp(min: 0.5) },
        "clamp_int_double_max": one { try $0.clamp(max: 2.5) },
        "clamp_bool_int": one { try $0.clamp(min: 0) },
        "clamp_uint8": one { try $0.clamp(min: 10, max: 250) },

        "pow_tensor_tensor": two { try $0 ** $1 },
        "pow_square": one { try $0 ** 2 },
        "pow_half": one { try $0 ** 0.5 },
        "pow_zero": one { try $0 ** 0 },
        "pow_minus_one": one { try $0 ** -1 },
        "pow_minus_two_float64": one { try $0 ** -2 },
        "pow_scalar_base": one { try 2 ** $0 },
        "pow_scalar_base_double": one { try 0.5 ** $0 },
        "pow_negative_base_fraction": one { try $0 ** 0.5 },
        "pow_int_square": one { try $0 ** 2 },
        "pow_int_cube_wraps": one { try $0 ** 3 },
        "pow_int_negative_error": one { try $0 ** -1 },
        "pow_float_base_int_negative_exponent": two { try $0 ** $1 },
        "pow_int_tensor_negative_error": two { try $0 ** $1 },
        "pow_int_float_exponent": one { try $0 ** 0.5 },
        "pow_uint8_wraps": one { try $0 ** 2 },
        "pow_method": one { try $0.pow(3) },
        "pow_int_tensor_negative_exponents": two { try $0 ** $1 },
        "pow_bool_true": one { try $0 ** true },
        "pow_bool_false": one { try $0 ** false },
        "pow_bool_int": one { try $0 ** 2 },

        "arith_float_by_zero": two { try $0 / $1 },
        "arith_int_by_zero": two { try $0 / $1 },
        "arith_scalar_by_tensor": one { try 1 / $0 },
        "arith_int_scalar_by_int_tensor": one { try 6 / $0 },
        "arith_remainder_float": one { try $0 % 1.5 },
        "arith_remainder_int": one { try $0 % 3 },
        "arith_remainder_int_negative_divisor": one { try $0 % -3 },
        "arith_remainder_tensor": two { try $0 % $1 },
        "arith_remainder_int_zero_error": one { try $0 % 0 },
        "arith_remainder_float_zero": one { try $0 % 0.0 },

        "extreme_method_max_tensor": two { try $0.max($1) },
        "extreme_method_min_tensor": two { try $0.min($1) },
        "extreme_method_max_zero": one { try $0.max(tensor(0.0)) },
        "extreme_maximum": two { try maximum($0, $1) },
        "extreme_minimum": two { try minimum($0, $1) },
        "extreme_maximum_broadcast": two { try maximum($0, $1) },
        "extreme_maximum_nan": two { try maximum($0, $1) },
        "extreme_minimum_nan": two { try minimum($0, $1) },
        "extreme_maximum_int": two { try maximum($0, $1) },
        "extreme_maximum_mixed": two { try maximum($0, $1) },
        "extreme_maximum_bool": two { try maximum($0, $1) },

        "which_tensors": three { try which($0, $1, $2) },
        "which_scalar_else": two { try which($0, .tensor($1), TensorOperand.scalar(0.0)) },
        "which_scalar_then": two { try which($0, TensorOperand.scalar(1.0), .tensor($1)) },
        "which_scalars": one { try which($0, TensorOperand.scalar(1.0), TensorOperand.scalar(0.0)) },
        "which_int_scalars": one { try which($0, TensorOperand.scalar(1), TensorOperand.scalar(0)) },
        "which_broadcast": three { try which($0, $1, $2) },
        "which_mixed_dtypes": three { try which($0, $1, $2) },
        "which_int_float_scalar": two { try which($0, .tensor($1), TensorOperand.scalar(0.5)) },
        "which_float_condition": three { try which($0, $1, $2) },
    ]) { first, _ in recordingClash(keeping: first) }

    static let comparisons: [String: GoldenBuild] = [
        "compare_gt_scalar": one { try $0 > 0.5 },
        "compare_lt_zero": one { try $0 < 0 },
        "compare_le_scalar": one { try $0 <= 0.125 },
        "compare_ge_scalar": one { try $0 >= -0.125 },
        "compare_eq_tensor": two { try $0 == $1 },
        "compare_ne_tensor": two { try $0 != $1 },
        "compare_eq_int_scalar": one { try $0 == 2 },
        "compare_ne_int_scalar": one { try $0 != 2 },
        "compare_gt_int_double": one { try $0 > 0.5 },
        "compare_lt_uint8_negative": one { try $0 < -1 },
        "compare_eq_uint8_wrapping": one { try $0 == 257 },
        "compare_eq_bool_true": one { try $0 == true },
        "compare_gt_broadcast": two { try $0 > $1 },
        "compare_eq_nan": two { try $0 == $1 },
        "compare_ne_nan": two { try $0 != $1 },
        "compare_eq_chain": two { try ($0 > 0.5) == $1 },
        "compare_gt_int64_big": two { try $0 > $1 },
    ]
}

/// Records that two cases have one name, and keeps `first`.
private func recordingClash(keeping first: @escaping GoldenBuild) -> GoldenBuild {
    Issue.record("a case name is used twice")
    return first
}
