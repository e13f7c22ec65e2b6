import Tensors

/// `batchNorm` in training and evaluation, with and without running statistics, weight and bias; the running
/// statistics after training steps; and its argument errors (`batch_norm_*`).
extension GoldenCases {
    static let batchNorms: [String: GoldenBuild] = [
        "batch_norm_training": batchNormCase(training: true),
        "batch_norm_training_no_affine": batchNormCase(training: true, affine: false),
        "batch_norm_training_no_running_stats": batchNormCase(training: true, statistics: false),
        "batch_norm_training_2d": batchNormCase(training: true),
        "batch_norm_training_3d": batchNormCase(training: true),
        "batch_norm_training_batch1": batchNormCase(training: true),
        "batch_norm_training_eps": batchNormCase(training: true, eps: 0.5),
        "batch_norm_training_float64": batchNormCase(training: true),
        "batch_norm_eval": batchNormCase(training: false),
        "batch_norm_eval_no_affine": batchNormCase(training: false, affine: false),
        "batch_norm_eval_batch1_one_value": batchNormCase(training: false),
        "batch_norm_noncontiguous": { inputs in
            try batchNormCase(training: true)([inputs[0].transpose(2, 3), inputs[1], inputs[2]])
        },
        "batch_norm_empty_batch": batchNormCase(training: true),
        "batch_norm_running_stats": one { try runningStatistics($0) },
        "batch_norm_running_stats_momentum": one { try runningStatistics($0, momentum: 0.75) },
        "batch_norm_running_stats_float64": one { try runningStatistics($0) },
    ]

    static let batchNormErrors: [String: GoldenBuild] = [
        "batch_norm_error_eval_without_running_mean": inputless {
            try batchNorm(zeros([2, 3, 4, 4]), runningMean: nil, runningVar: nil)
        },
        "batch_norm_error_eval_without_running_var": inputless {
            try batchNorm(zeros([2, 3, 4, 4]), runningMean: zeros([3]), runningVar: nil)
        },
        "batch_norm_error_training_one_statistic": inputless {
            try batchNorm(zeros([2, 3, 4, 4]), runningMean: zeros([3]), runningVar: nil, training: true)
        },
        "batch_norm_error_one_value_per_channel": inputless {
            try batchNorm(zeros([1, 3]), runningMean: zeros([3]), runningVar: ones([3]), training: true)
        },
        "batch_norm_error_one_value_per_channel_4d": inputless {
            try batchNorm(zeros([1, 3, 1, 1]), runningMean: zeros([3]), runningVar: ones([3]), training: true)
        },
        "batch_norm_error_training_0d": inputless {
            try batchNorm(tensor(1.0), runningMean: zeros([3]), runningVar: ones([3]), training: true)
        },
        "batch_norm_error_1d_input": inputless {
            try batchNorm(zeros([3]), runningMean: zeros([3]), runningVar: ones([3]), training: true)
        },
        "batch_norm_error_1d_input_without_statistics": inputless {
            try batchNorm(zeros([3]), runningMean: nil, runningVar: nil, training: true)
        },
        "batch_norm_error_running_mean_size": inputless {
            try batchNorm(zeros([2, 3, 4, 4]), runningMean: zeros([4]), runningVar: ones([3]), training: true)
        },
        "batch_norm_error_running_var_size": inputless {
            try batchNorm(zeros([2, 3, 4, 4]), runningMean: zeros([3]), runningVar: ones([4]), training: true)
        },
        "batch_norm_error_weight_size": inputless {
            try batchNorm(
                zeros([2, 3, 4, 4]), runningMean: zeros([3]), runningVar: ones([3]), weight: ones([4]), training: true)
        },
        "batch_norm_error_bias_size": inputless {
            try batchNorm(zeros([2, 3, 4, 4]), runningMean: zeros([3]), runningVar: ones([3]), bias: ones([4]))
        },
        "batch_norm_error_bias_size_before_running_mean": inputless {
            try batchNorm(
                zeros([2, 3]), runningMean: zeros([4]), runningVar: ones([3]), bias: ones([5]), training: true)
        },
        "batch_norm_error_eps_zero_training": inputless {
            try batchNorm(zeros([2, 3]), runningMean: zeros([3]), runningVar: ones([3]), training: true, eps: 0)
        },
        "batch_norm_error_eps_negative_eval": inputless {
            try batchNorm(zeros([2, 3]), runningMean: zeros([3]), runningVar: ones([3]), eps: -1)
        },
        "batch_norm_error_one_value_before_eps": inputless {
            try batchNorm(zeros([1, 3]), runningMean: zeros([3]), runningVar: ones([3]), training: true, eps: -1)
        },
        "batch_norm_error_int64": inputless {
            try batchNorm(zeros([2, 3], dtype: .int64), runningMean: zeros([3]), runningVar: ones([3]), training: true)
        },
        "batch_norm_error_bool": inputless {
            try batchNorm(ones([2, 3], dtype: .bool), runningMean: zeros([3]), runningVar: ones([3]), training: true)
        },
        "batch_norm_error_float_double_statistics": inputless {
            try batchNorm(
                zeros([2, 3]), runningMean: zeros([3], dtype: .float64), runningVar: ones([3], dtype: .float64),
                training: true)
        },
        "batch_norm_error_double_float_statistics": inputless {
            try batchNorm(
                zeros([2, 3], dtype: .float64), runningMean: zeros([3]), runningVar: ones([3]), training: true)
        },
        "batch_norm_error_double_float_weight": inputless {
            try batchNorm(
                zeros([2, 3], dtype: .float64), runningMean: nil, runningVar: nil, weight: ones([3]), training: true)
        },
        "batch_norm_error_float_double_running_var": inputless {
            try batchNorm(
                zeros([2, 3]), runningMean: zeros([3]), runningVar: ones([3], dtype: .float64), training: true)
        },
        "batch_norm_error_float_int64_running_var": inputless {
            try batchNorm(zeros([2, 3]), runningMean: zeros([3]), runningVar: ones([3], dtype: .int64))
        },
        "batch_norm_error_running_mean_2d": inputless {
            try batchNorm(zeros([2, 3, 4, 4]), runningMean: zeros([3, 1]), runningVar: ones([3]), training: true)
        },
        "batch_norm_error_running_mean_requires_grad": inputless {
            try batchNorm(zeros([2, 3]), runningMean: zeros([3]).requiresGrad(), runningVar: ones([3]), training: true)
        },
        "batch_norm_error_running_var_requires_grad": inputless {
            try batchNorm(zeros([2, 3]), runningMean: zeros([3]), runningVar: ones([3]).requiresGrad(), training: true)
        },
    ]

    /// The script's `batch_norm_case`: `batchNorm` of the first input (and of weight and bias, the next two, when
    /// `affine`), with running statistics made here as the script makes them.
    private static func batchNormCase(
        training: Bool, statistics: Bool = true, affine: Bool = true, eps: Double = 1e-5
    ) -> GoldenBuild {
        { inputs in
            let x = inputs[0]
            let (mean, variance) = statistics ? try startingStatistics(x) : (nil, nil)
            return try batchNorm(
                x, runningMean: mean, runningVar: variance, weight: affine ? inputs[1] : nil,
                bias: affine ? inputs[2] : nil, training: training, eps: eps)
        }
    }

    /// The running statistics the script starts from: `arange(C) * 0.25 - 0.5` and `arange(C) * 0.5 + 0.75`.
    private static func startingStatistics(_ x: Tensor) throws -> (Tensor, Tensor) {
        let steps = try arange(.int(x.shape[1])).to(x.dtype)
        return (try steps * 0.25 - 0.5, try steps * 0.5 + 0.75)
    }

    /// The script's `batch_norm_running_stats`: the running statistics after one training step on `x`, then after
    /// another on `2 * x`.
    private static func runningStatistics(_ x: Tensor, momentum: Double = 0.1) throws -> Tensor {
        let (mean, variance) = try startingStatistics(x)
        _ = try batchNorm(x, runningMean: mean, runningVar: variance, training: true, momentum: momentum)
        let first = try cat([mean, variance])
        _ = try batchNorm(x * 2, runningMean: mean, runningVar: variance, training: true, momentum: momentum)
        return try cat([first, mean, variance])
    }
}
