import Tensors

/// Softmax, its logarithm and the classification losses (`loss_*`): values, grad_fn names, gradients and errors.
extension GoldenCases {
    static let losses: [String: GoldenBuild] =
        lossesWithArguments
        .merging(cases(plainNll, two { try nllLoss($0, $1) })) { first, _ in first }
        .merging(cases(plainCrossEntropy, two { try crossEntropy($0, $1) })) { first, _ in first }

    /// The cases that call `nllLoss(input, targets)` with no other argument.
    private static let plainNll = [
        "loss_nll", "loss_nll_float64", "loss_nll_uint8_targets", "loss_nll_ignored", "loss_nll_all_ignored",
        "loss_nll_single", "loss_nll_single_target_list", "loss_nll_spatial", "loss_nll_3d",
        "loss_nll_empty_batch", "loss_nll_target_too_large_error", "loss_nll_target_negative_error",
        "loss_nll_batch_error", "loss_nll_float_target_error", "loss_nll_int32_target_error",
        "loss_nll_bool_target_error", "loss_nll_2d_target_error", "loss_nll_0d_target_error",
        "loss_nll_0d_input_error", "loss_nll_single_two_targets_error", "loss_nll_int_input_error",
        "loss_nll_spatial_target_rank_error", "loss_nll_spatial_target_size_error",
        "loss_nll_3d_target_size_error", "loss_nll_spatial_target_error",
    ]

    /// The cases that call `crossEntropy(logits, targets)` with no other argument.
    private static let plainCrossEntropy = [
        "loss_cross_entropy", "loss_cross_entropy_float64", "loss_cross_entropy_ignored",
        "loss_cross_entropy_single", "loss_cross_entropy_spatial", "loss_cross_entropy_probabilities",
        "loss_cross_entropy_probabilities_spatial", "loss_cross_entropy_probabilities_int_error",
        "loss_cross_entropy_target_error", "loss_cross_entropy_batch_error", "loss_cross_entropy_int_error",
        "loss_cross_entropy_empty_batch",
    ]

    private static func cases(_ names: [String], _ build: @escaping GoldenBuild) -> [String: GoldenBuild] {
        Dictionary(uniqueKeysWithValues: names.map { ($0, build) })
    }

    private static let lossesWithArguments: [String: GoldenBuild] = [
        "loss_softmax_dim1": one { try $0.softmax(1) },
        "loss_softmax_dim0": one { try $0.softmax(0) },
        "loss_softmax_last": one { try $0.softmax(-1) },
        "loss_softmax_float64": one { try $0.softmax(1) },
        "loss_softmax_transposed": one { try $0.transpose(0, 2).softmax(1) },
        "loss_softmax_0d": one { try $0.softmax(0) },
        "loss_softmax_large": one { try $0.softmax(0) },
        "loss_softmax_minus_inf": one { try $0.softmax(1) },
        "loss_softmax_int_error": one { try $0.softmax(1) },
        "loss_softmax_int_dim0_error": one { try $0.softmax(0) },
        "loss_softmax_dim_error": one { try $0.softmax(2) },
        "loss_log_softmax_dim1": one { try $0.logSoftmax(1) },
        "loss_log_softmax_dim0": one { try $0.logSoftmax(0) },
        "loss_log_softmax_last": one { try $0.logSoftmax(-1) },
        "loss_log_softmax_float64": one { try $0.logSoftmax(2) },
        "loss_log_softmax_transposed": one { try $0.t().logSoftmax(1) },
        "loss_log_softmax_large": one { try $0.logSoftmax(0) },
        "loss_log_softmax_int_error": one { try $0.logSoftmax(-1) },
        "loss_log_softmax_bool_dim0_error": one { try $0.logSoftmax(0) },
        "loss_nll_of_log_softmax": two { try nllLoss($0.logSoftmax(1), $1) },
        "loss_nll_sum": two { try nllLoss($0, $1, reduction: .sum) },
        "loss_nll_none": two { try nllLoss($0, $1, reduction: .none) },
        "loss_nll_ignored_none": two { try nllLoss($0, $1, reduction: .none) },
        "loss_nll_ignore_index": two { try nllLoss($0, $1, ignoreIndex: 0) },
        "loss_nll_single_none": two { try nllLoss($0, $1, reduction: .none) },
        "loss_nll_spatial_none": two { try nllLoss($0, $1, reduction: .none) },
        "loss_nll_spatial_sum": two { try nllLoss($0, $1, reduction: .sum) },
        "loss_nll_3d_none": two { try nllLoss($0, $1, reduction: .none) },
        "loss_nll_5d": two { try nllLoss($0.unsqueeze(-1), $1.unsqueeze(-1)) },
        "loss_cross_entropy_sum": two { try crossEntropy($0, $1, reduction: .sum) },
        "loss_cross_entropy_none": two { try crossEntropy($0, $1, reduction: .none) },
        "loss_cross_entropy_transposed": two { try crossEntropy($0.t(), $1) },
        "loss_cross_entropy_large": two { try crossEntropy($0 * 1000, $1) },
        "loss_cross_entropy_probabilities_sum": two { try crossEntropy($0, $1, reduction: .sum) },
        "loss_cross_entropy_probabilities_none": two { try crossEntropy($0, $1, reduction: .none) },
    ]
}
