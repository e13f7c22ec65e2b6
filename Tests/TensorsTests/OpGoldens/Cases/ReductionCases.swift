import Tensors

/// sum, mean, max, min, argmax, argmin, std over everything, one dimension, lists of dimensions, negative
/// dimensions, with keepdim, on every dtype family (`reduce_*`).
extension GoldenCases {
    static let reductions: [String: GoldenBuild] = [
        "reduce_sum_all": one { try $0.sum() },
        "reduce_sum_dim0": one { try $0.sum(0) },
        "reduce_sum_dim1": one { try $0.sum(1) },
        "reduce_sum_dim_neg1": one { try $0.sum(-1) },
        "reduce_sum_dims_0_2": one { try $0.sum([0, 2]) },
        "reduce_sum_dims_neg": one { try $0.sum([-1, -2]) },
        "reduce_sum_keepdim": one { try $0.sum(1, keepdim: true) },
        "reduce_sum_dims_keepdim": one { try $0.sum([0, 2], keepdim: true) },
        "reduce_sum_transposed": one { try $0.transpose(0, 2).sum(1) },
        "reduce_sum_int64": one { try $0.sum() },
        "reduce_sum_int64_dim": one { try $0.sum(0) },
        "reduce_sum_uint8": one { try $0.sum() },
        "reduce_sum_uint8_dim": one { try $0.sum(1) },
        "reduce_sum_int32": one { try $0.int().sum(1) },
        "reduce_sum_bool": one { try $0.sum() },
        "reduce_sum_bool_dim": one { try $0.sum(0) },
        "reduce_sum_float64": one { try $0.sum() },
        "reduce_sum_0d": one { try $0.sum() },
        "reduce_sum_0d_dim": one { try $0.sum(0) },
        "reduce_sum_empty": one { try $0.sum() },
        "reduce_sum_empty_dim": one { try $0.sum(0) },
        "reduce_sum_dim_out_of_range": one { try $0.sum(3) },
        "reduce_sum_dim_repeated": one { try $0.sum([0, -3]) },
        "reduce_mean_all": one { try $0.mean() },
        "reduce_mean_dim0": one { try $0.mean(0) },
        "reduce_mean_dim_neg1": one { try $0.mean(-1) },
        "reduce_mean_dims_neg": one { try $0.mean([-1, -2]) },
        "reduce_mean_keepdim": one { try $0.mean(1, keepdim: true) },
        "reduce_mean_float64": one { try $0.mean(0) },
        "reduce_mean_int_error": one { try $0.mean() },
        "reduce_mean_bool_error": one { try $0.mean() },
        "reduce_mean_uint8_dim_error": one { try $0.mean(0) },
        "reduce_mean_empty": one { try $0.mean() },
        "reduce_mean_dim_out_of_range": one { try $0.mean(-4) },
        "reduce_max_all": one { try $0.max() },
        "reduce_min_all": one { try $0.min() },
        "reduce_max_dim_values": one { try $0.max(1).values },
        "reduce_max_dim_indices": one { try $0.max(1).indices },
        "reduce_min_dim_values": one { try $0.min(-1).values },
        "reduce_min_dim_indices": one { try $0.min(-1).indices },
        "reduce_max_keepdim_values": one { try $0.max(0, keepdim: true).values },
        "reduce_max_keepdim_indices": one { try $0.max(0, keepdim: true).indices },
        "reduce_max_ties_indices": one { try $0.max(1).indices },
        "reduce_min_ties_indices": one { try $0.min(1).indices },
        "reduce_max_int64": one { try $0.max() },
        "reduce_max_uint8_dim": one { try $0.max(1).values },
        "reduce_max_bool": one { try $0.max() },
        "reduce_max_nan": one { try $0.max() },
        "reduce_max_nan_dim_indices": one { try $0.view(2, 2).max(1).indices },
        "reduce_max_empty_error": one { try $0.max() },
        "reduce_max_0d_dim": one { try $0.max(0).values },
        "reduce_argmax_all": one { try $0.argmax() },
        "reduce_argmin_all": one { try $0.argmin() },
        "reduce_argmax_dim": one { try $0.argmax(1) },
        "reduce_argmax_dim_neg": one { try $0.argmax(-1) },
        "reduce_argmin_dim": one { try $0.argmin(0) },
        "reduce_argmax_keepdim": one { try $0.argmax(2, keepdim: true) },
        "reduce_argmax_ties": one { try $0.argmax() },
        "reduce_argmin_ties_dim": one { try $0.argmin(0) },
        "reduce_argmax_int": one { try $0.argmax(1) },
        "reduce_argmax_transposed": one { try $0.t().argmax(1) },
        "reduce_std_all": one { try $0.std() },
        "reduce_std_dim": one { try $0.std(1) },
        "reduce_std_dim_neg": one { try $0.std(-1) },
        "reduce_std_dims": one { try $0.std([0, 2]) },
        "reduce_std_keepdim": one { try $0.std(0, keepdim: true) },
        "reduce_std_population": one { try $0.std(correction: 0) },
        "reduce_std_population_dim": one { try $0.std(1, correction: 0) },
        "reduce_std_float64": one { try $0.std() },
        "reduce_std_single": one { try $0.std() },
        "reduce_std_int_error": one { try $0.std() },
    ]
}

/// Reductions over larger tensors, built the same way as in the script (`large_*`).
extension GoldenCases {
    static func large() throws -> Tensor { try (arange(100_000) % 97).float() / 7 }
    static func rows() throws -> Tensor { try ((arange(60_000) % 89).float() / 3).view(600, 100) }

    static let largeReductions: [String: GoldenBuild] = [
        "large_sum": inputless { try large().sum() },
        "large_mean": inputless { try large().mean() },
        "large_std": inputless { try large().std() },
        "large_sum_rows": inputless { try rows().sum(1) },
        "large_mean_columns": inputless { try rows().mean(0) },
        "large_std_columns": inputless { try rows().std(0) },
        "large_sum_transposed": inputless { try rows().t().sum(1) },
        "large_max_rows": inputless { try (rows() * -1).max(1).values },
        "large_matmul": inputless {
            let a = try ((arange(.int(64 * 96)) % 13).float() - 6).view(64, 96)
            let b = try ((arange(.int(96 * 32)) % 7).float() - 3).view(96, 32)
            return try Tensors.matmul(a, b)
        },
    ]
}
