import Tensors

/// Shape views and their errors, and which results share memory with their base (`view_*`, `shares_*`,
/// `sees_*`).
extension GoldenCases {
    static let views: [String: GoldenBuild] = [
        "view_view": one { try $0.view(-1, 4) },
        "view_view_infer_last": one { try $0.view(4, -1) },
        "view_view_flat": one { try $0.view(24) },
        "view_view_same": one { try $0.view(2, 3, 4) },
        "view_reshape": one { try $0.reshape(6, 4) },
        "view_reshape_transposed": one { try $0.transpose(0, 2).reshape(-1) },
        "view_T": one { try $0.T },
        "view_t_2d": one { try $0[0].t() },
        "view_t_3d_error": one { try $0.t() },
        "view_transpose": one { try $0.transpose(0, 2) },
        "view_transpose_negative": one { try $0.transpose(-1, -2) },
        "view_permute": one { try $0.permute(2, 0, 1) },
        "view_permute_negative": one { try $0.permute(-1, 0, 1) },
        "view_permute_duplicate_error": one { try $0.permute(0, 0, 1) },
        "view_permute_count_error": one { try $0.permute(0, 1) },
        "view_unsqueeze_0": one { try $0.unsqueeze(0) },
        "view_unsqueeze_negative": one { try $0.unsqueeze(-1) },
        "view_unsqueeze_middle": one { try $0.unsqueeze(2) },
        "view_unsqueeze_error": one { try $0.unsqueeze(4) },
        "view_squeeze_none": one { try $0.squeeze() },
        "view_squeeze_after_unsqueeze": one { try $0[.all, .newAxis, .all, .newAxis].squeeze() },
        "view_squeeze_dim": one { try $0[.all, .newAxis].squeeze(1) },
        "view_squeeze_dim_not_one": one { try $0.squeeze(1) },
        "view_squeeze_dim_error": one { try $0.squeeze(3) },
        "view_expand": one { try $0[0, .all, .range(0..<1)].expand(3, 4) },
        "view_expand_new_dims": one { try $0[0, 0].expand(2, 2, 4) },
        "view_expand_keep": one { try $0[.all, .range(0..<1)].expand(-1, 3, -1) },
        "view_expand_error": one { try $0.expand(2, 3, 5) },
        "view_expand_too_few_error": one { try $0.expand(3, 4) },
        "view_flatten": one { try $0.flatten() },
        "view_flatten_from": one { try $0.flatten(1) },
        "view_flatten_range": one { try $0.flatten(0, 1) },
        "view_flatten_transposed": one { try $0.transpose(0, 1).flatten() },
        "view_flatten_error": one { try $0.flatten(2, 1) },
        "view_contiguous": one { try $0.transpose(1, 2).contiguous() },
        "view_clone": one { try $0.clone() },
        "view_view_size_error": one { try $0.view(3, 5) },
        "view_view_two_inferred_error": one { try $0.view(-1, -1) },
        "view_view_negative_error": one { try $0.view(-2, 12) },
        "view_view_non_contiguous_error": one { try $0.transpose(0, 1).view(24) },
        "view_reshape_size_error": one { try $0.reshape(5, -1) },
        "view_view_of_slice": one { try $0[.all, 1].view(8) },
        "view_view_of_column_error": one { try $0[.all, .all, 1].view(6) },
        "view_view_of_row": one { try $0[1].view(12) },
        "view_narrow": one { try $0.narrow(2, 1, 2) },
        "view_flatten_0d": one { try $0.flatten() },
        "view_squeeze_0d": one { try $0.squeeze() },
        "view_unsqueeze_0d": one { try $0.unsqueeze(0) },
        "view_T_1d": one { try $0.t() },
    ]

    /// Adds 100 in place through the view `makeView` returns and gives back the base: views show the write in
    /// their base, copies do not.
    static func shares(_ makeView: @escaping (Tensor) throws -> Tensor) -> GoldenBuild {
        one { input in
            let base = try input.clone()
            let view = try makeView(base)
            try view += 100
            return base
        }
    }

    /// Writes -1 into the base's first row after making the view, and gives back the view.
    static func sees(_ makeView: @escaping (Tensor) throws -> Tensor) -> GoldenBuild {
        one { input in
            let base = try input.clone()
            let view = try makeView(base)
            try base.setIndex([0], to: .scalar(-1))
            return view
        }
    }

    static let sharing: [String: GoldenBuild] = [
        "shares_select": shares { try $0[1] },
        "shares_select_negative": shares { try $0[-1, 0] },
        "shares_slice": shares { try $0[.all, .range(1..<3)] },
        "shares_slice_step": shares { try $0[.all, .all, from(nil, by: 2)] },
        "shares_all": shares { try $0[.all] },
        "shares_ellipsis": shares { try $0[.ellipsis, 1] },
        "shares_new_axis": shares { try $0[.newAxis, 0] },
        "shares_view": shares { try $0.view(6, 4) },
        "shares_reshape": shares { try $0.reshape(-1) },
        "shares_flatten": shares { try $0.flatten() },
        "shares_T": shares { try $0.T },
        "shares_t": shares { try $0[1].t() },
        "shares_transpose": shares { try $0.transpose(0, 1) },
        "shares_permute": shares { try $0.permute(1, 2, 0) },
        "shares_unsqueeze": shares { try $0.unsqueeze(1) },
        "shares_squeeze": shares { try $0[.range(0..<1)].squeeze() },
        "shares_squeeze_dim": shares { try $0[.range(0..<1)].squeeze(0) },
        "shares_contiguous_of_contiguous": shares { try $0.contiguous() },
        "shares_narrow": shares { try $0.narrow(1, 1, 1) },
        "shares_detach": shares { $0.detach() },
        "shares_view_of_transpose": shares { try $0.transpose(1, 2)[0].view(-1, 3)[from(1)] },
        "shares_clone": shares { try $0.clone() },
        "shares_reshape_copy": shares { try $0.transpose(0, 1).reshape(-1) },
        "shares_contiguous_copy": shares { try $0.transpose(0, 1).contiguous() },
        "shares_flatten_copy": shares { try $0.transpose(0, 2).flatten() },
        "shares_mask_copy": shares { try $0[.tensor($0 > 5)] },
        "shares_index_tensor_copy": shares { try $0[.tensor(tensor([0]))] },
        "shares_conversion_copy": shares { try $0.float() },
        "sees_expand": sees { try $0[.all, .range(0..<1)].expand(2, 3, 4) },
        "sees_T": sees { try $0.T },
        "sees_select": sees { try $0[.all, 1] },
        "sees_data": sees { $0.data },
        "sees_clone": sees { try $0.clone() },
    ]
}
