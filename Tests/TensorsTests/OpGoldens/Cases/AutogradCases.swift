import Tensors

/// grad_fn names and gradients of every differentiable operation (`grad_*`: the test runs backward), and the
/// autograd behaviours around them (`autograd_*`).
extension GoldenCases {
    static let gradients: [String: GoldenBuild] = [
        "grad_add_broadcast": two { try $0 + $1 },
        "grad_add_broadcast_column": two { try $0 + $1 },
        "grad_add_0d": two { try $0 + $1 },
        "grad_add_scalar": one { try $0 + 2 },
        "grad_sub_broadcast": two { try $0 - $1 },
        "grad_sub_scalar": one { try $0 - 2 },
        "grad_rsub_scalar": one { try 2 - $0 },
        "grad_mul_broadcast": two { try $0 * $1 },
        "grad_mul_scalar": one { try $0 * 3 },
        "grad_mul_self": one { try $0 * $0 },
        "grad_div_broadcast": two { try $0 / $1 },
        "grad_div_scalar": one { try $0 / 4 },
        "grad_rdiv_scalar": one { try 1 / $0 },
        "grad_pow_scalar": one { try $0 ** 2 },
        "grad_pow_half": one { try $0 ** 0.5 },
        "grad_pow_cube": one { try $0 ** 3 },
        "grad_pow_tensor": two { try $0 ** $1 },
        "grad_pow_scalar_base": one { try 2 ** $0 },
        "grad_square": one { try $0.square() },
        "grad_relu_nan": one { try $0.relu() },
        "grad_relu_infinite_gradient": one { try $0.relu() * Double.infinity },
        "grad_clamp_min": one { try $0.clamp(min: 0.0) },
        "grad_clamp_max": one { try $0.clamp(max: 0.5) },
        "grad_clamp_both": one { try $0.clamp(min: -0.5, max: 0.5) },
        "grad_max_zero": one { try $0.max(tensor(0.0)) },
        "grad_which": three { try which($0, $1, $2) },
        "grad_which_scalar": two { try which($0, .tensor($1), TensorOperand.scalar(0.0)) },
        "grad_which_broadcast": three { try which($0, $1, $2) },
        "grad_sum": one { try $0.sum() },
        "grad_sum_dim": one { try $0.sum(1) },
        "grad_sum_dims_keepdim": one { try $0.sum([0, 2], keepdim: true) },
        "grad_mean": one { try $0.mean() },
        "grad_mean_dim": one { try $0.mean(-1) },
        "grad_mean_dims": one { try $0.mean([0, 1]) },
        "grad_max_all": one { try $0.max() },
        "grad_max_ties": one { try $0.max() },
        "grad_min_all": one { try $0.min() },
        "grad_max_dim": one { try $0.max(1).values },
        "grad_max_dim_keepdim": one { try $0.max(1, keepdim: true).values },
        "grad_min_dim": one { try $0.min(0).values },
        "grad_std": one { try $0.std() },
        "grad_std_dim": one { try $0.std(1) },
        "grad_std_dims_keepdim": one { try $0.std([0, 2], keepdim: true) },
        "grad_std_population": one { try $0.std(correction: 0) },
        "grad_view": one { try $0.view(-1, 4) },
        "grad_reshape_view": one { try $0.reshape(6, 4) },
        "grad_reshape_copy": one { try $0.transpose(0, 1).reshape(-1) },
        "grad_T": one { try $0.T },
        "grad_t": one { try $0.t() },
        "grad_transpose": one { try $0.transpose(0, 2) },
        "grad_permute": one { try $0.permute(2, 0, 1) },
        "grad_unsqueeze": one { try $0.unsqueeze(1) },
        "grad_squeeze": one { try $0.squeeze() },
        "grad_squeeze_dim": one { try $0.squeeze(1) },
        "grad_expand": one { try $0.expand(4, 3) },
        "grad_flatten": one { try $0.flatten() },
        "grad_flatten_range": one { try $0.flatten(1) },
        "grad_contiguous": one { try $0.t().contiguous() },
        "grad_clone": one { try $0.clone() },
        "grad_select": one { try $0[1] },
        "grad_select_negative": one { try $0[.all, -1] },
        "grad_slice": one { try $0[.all, .range(1..<3)] },
        "grad_slice_step": one { try $0[.ellipsis, from(nil, by: 2)] },
        "grad_int_and_slice": one { try $0[1, .range(1..<3)] },
        "grad_new_axis": one { try $0[.newAxis] },
        "grad_mask": one { try $0[.tensor($0 > 0)] },
        "grad_mask_rows": two { try $0[.tensor($1)] },
        "grad_index_tensor": one { try $0[.tensor(tensor([1, 0, 1]))] },
        "grad_index_tensor_second_dim": one { try $0[.all, .tensor(tensor([2, 2, 0]))] },
        "grad_index_tensors_rows_and_columns": one { try $0[.tensor(tensor([0, 1, 1])), .tensor(tensor([2, 0, 2]))] },
        "grad_stack": two { try stack([$0, $1]) },
        "grad_stack_dim1": two { try stack([$0, $1], dim: 1) },
        "grad_cat": two { try cat([$0, $1]) },
        "grad_cat_dim1": two { try cat([$0, $1[.all, .range(0..<2)]], dim: 1) },
        "grad_matmul_vv": two { try Tensors.matmul($0, $1) },
        "grad_matmul_mm": two { try Tensors.matmul($0, $1) },
        "grad_matmul_mv": two { try Tensors.matmul($0, $1) },
        "grad_matmul_vm": two { try Tensors.matmul($0, $1) },
        "grad_matmul_bmm": two { try Tensors.matmul($0, $1) },
        "grad_matmul_batched_matrix": two { try Tensors.matmul($0, $1) },
        "grad_matmul_broadcast_batches": two { try Tensors.matmul($0, $1) },
        "grad_matmul_transposed": two { try Tensors.matmul($0.t(), $1) },
        "grad_matmul_batched_vector": two { try Tensors.matmul($0, $1) },
        "grad_matmul_vector_batched": two { try Tensors.matmul($0, $1) },
        "grad_matmul_matrix_batched": two { try Tensors.matmul($0, $1) },
        "grad_to_float64": one { try $0.double() },
        "grad_float_of_float": one { try $0.float() },
        "grad_linear_sigmoid": three { x, w, b in try (Tensors.matmul(x, w) + b).sigmoid() },
        "grad_mse": two { try (($0 - $1) ** 2).mean() },
        "grad_l1": two { try ($0 - $1).abs().mean() },
        "grad_mnist_loss": two { predictions, targets in
            try which(targets == 1, 1 - predictions, predictions).mean()
        },
        "grad_float64_chain": two { try ($0 * $1).exp().sum(1) },
        "grad_pow_zero_at_zero": one { try $0 ** 0 },
        "grad_pow_tensor_zero_base": two { try $0 ** $1 },
        "grad_pow_zero_base_scalar": one { try 0 ** $0 },
        "grad_all_slice": one { try $0[.all] },
        "grad_ellipsis_alias": one { try $0[.ellipsis] },
        "grad_two_full_slices": one { try $0[.all, .all] },
    ]

    /// A float32 leaf that requires grad.
    static func leaf(_ values: [Double]) throws -> Tensor { try tensor(values).requiresGrad() }

    static let autograd: [String: GoldenBuild] = [
        "autograd_accumulate": inputless {
            let x = try leaf([1, 2, 3])
            try (x * x).sum().backward()
            try (x * 3).sum().backward()
            return x.grad!
        },
        "autograd_grad_reset_to_none": inputless {
            let x = try leaf([1, 2, 3])
            try (x * x).sum().backward()
            x.grad = nil
            try (x * 3).sum().backward()
            return x.grad!
        },
        "autograd_grad_zero": inputless {
            let x = try leaf([1, 2, 3])
            try (x * x).sum().backward()
            try x.grad!.zero()
            try (x * 3).sum().backward()
            return x.grad!
        },
        "autograd_data_update": inputless {
            let p = try leaf([1, 2, 3])
            try (p * p).sum().backward()
            try p.data -= 0.1 * p.grad!
            return p
        },
        "autograd_data_update_then_backward": inputless {
            let p = try leaf([1, 2, 3])
            try (p * p).sum().backward()
            try p.data -= 0.1 * p.grad!
            p.grad = nil
            try (p * p).sum().backward()
            return p.grad!
        },
        "autograd_no_grad_update": inputless {
            let p = try leaf([1, 2, 3])
            try (p * p).sum().backward()
            try noGrad { try p -= 0.5 * p.grad! }
            return p
        },
        "autograd_no_grad_result": inputless {
            let x = try leaf([1, 2])
            return try noGrad { try x * 2 }
        },
        "autograd_detach_result": inputless { try leaf([1, 2]).detach() * 2 },
        "autograd_detach_shares": inputless {
            let x = try leaf([1, 2])
            try x.detach().setIndex([0], to: .scalar(5))
            return x
        },
        "autograd_backward_explicit_gradient": inputless {
            let x = try leaf([1, 2, 3])
            try (x * 2).backward(tensor([1.0, 0.5, -1.0]))
            return x.grad!
        },
        "autograd_backward_twice_through_graph_parts": inputless {
            let x = try leaf([1, 2])
            let y = try x * 3
            try (y.sum() + (y * y).sum()).backward()
            return x.grad!
        },
        "autograd_grad_of_unused_input": inputless {
            let x = try leaf([1, 2])
            _ = try leaf([5])
            try (x * 2).sum().backward()
            return x.grad!
        },
        "autograd_grad_int_path_blocks": inputless {
            let x = try leaf([1.5, 2.5])
            try ((x * 2).long().float() + x).sum().backward()
            return x.grad!
        },
        "autograd_leaf_in_place_error": inputless {
            let x = try leaf([1, 2])
            try x += 1
            return x
        },
        "autograd_leaf_view_in_place_error": inputless {
            let x = try leaf([1, 2])
            try x[0] += 1
            return x
        },
        "autograd_leaf_set_index_error": inputless {
            let x = try leaf([1, 2])
            try x.setIndex([0], to: .scalar(1))
            return x
        },
        "autograd_backward_non_scalar_error": inputless {
            let x = try leaf([1, 2])
            try (x * 2).backward()
            return x.grad!
        },
        "autograd_backward_without_grad_error": inputless {
            try ones([2]).sum().backward()
            return try ones([1])
        },
        "autograd_backward_shape_error": inputless {
            let x = try leaf([1, 2, 3])
            try (x * 2).backward(ones([2]))
            return x.grad!
        },
        "autograd_requires_grad_int_error": inputless { try tensor([1, 2]).requiresGrad() },
        "autograd_requires_grad_non_leaf_error": inputless { try (leaf([1, 2]) * 2).requiresGrad(false) },
    ]
}
