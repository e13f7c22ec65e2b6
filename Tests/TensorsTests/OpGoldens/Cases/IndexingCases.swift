import Tensors

/// Reading through every index form, and assigning through them (`index_*`, `assign_*`).
extension GoldenCases {
    /// `[::step]` and open-ended slices.
    static func from(_ start: Int?, to end: Int? = nil, by step: Int = 1) -> TensorIndex {
        .slice(start: start, end: end, step: step)
    }

    static let indexing: [String: GoldenBuild] = [
        "index_int": one { try $0[1] },
        "index_negative_int": one { try $0[-1] },
        "index_two_ints": one { try $0[1, 2] },
        "index_three_ints": one { try $0[1, -1, 2] },
        "index_range": one { try $0[.range(0..<1)] },
        "index_all_then_int": one { try $0[.all, 1] },
        "index_ellipsis_int": one { try $0[.ellipsis, 0] },
        "index_int_ellipsis_range": one { try $0[1, .ellipsis, .range(1..<3)] },
        "index_new_axis": one { try $0[.newAxis] },
        "index_all_new_axis": one { try $0[.all, .newAxis] },
        "index_ellipsis_new_axis": one { try $0[.ellipsis, .newAxis] },
        "index_step": one { try $0[.all, from(nil, by: 2)] },
        "index_step_offset": one { try $0[.all, .all, from(1, by: 2)] },
        "index_clamped_end": one { try $0[.range(1..<100)] },
        "index_negative_start": one { try $0[from(-2)] },
        "index_negative_end": one { try $0[.all, from(nil, to: -1)] },
        "index_up_to": one { try $0[.all, from(nil, to: 2)] },
        "index_from": one { try $0[.all, from(2)] },
        "index_empty_range": one { try $0[.all, from(5)] },
        "index_reversed_range_empty": one { try $0[.all, from(2, to: 1)] },
        "index_all_all_int": one { try $0[.all, .all, 3] },
        "index_int_range_range": one { try $0[1, .range(1..<3), .range(0..<2)] },
        "index_mask_elements": one { try $0[.tensor($0 > 10)] },
        "index_mask_rows": one { try $0[.tensor(tensor([false, true]))] },
        "index_mask_two_dims": one { try $0[.tensor(tensor([[true, false, true], [false, true, false]]))] },
        "index_mask_second_dim": one { try $0[.all, .tensor(tensor([true, false, true]))] },
        "index_mask_all_false": one { try $0[.tensor($0 > 100)] },
        "index_index_tensor": one { try $0[.tensor(tensor([1, 0, 1]))] },
        "index_index_tensor_negative": one { try $0[.tensor(tensor([-1, 0]))] },
        "index_index_tensor_second_dim": one { try $0[.all, .tensor(tensor([2, 0]))] },
        "index_index_tensor_2d": one { try $0[.tensor(tensor([[0, 1], [1, 0]]))] },
        "index_index_tensor_int32": one { try $0[.tensor(tensor([1], dtype: .int32))] },
        "index_index_tensor_then_int": one { try $0[.tensor(tensor([1, 0])), 2] },
        "index_two_index_tensors": one { try $0[.tensor(tensor([1, 0])), .tensor(tensor([2, 0]))] },
        "index_index_tensors_broadcast": one { try $0[.tensor(tensor([[0], [1]])), .tensor(tensor([0, 2, 1]))] },
        "index_index_tensors_apart": one { try $0[.tensor(tensor([1, 0])), .all, .tensor(tensor([3, -4]))] },
        "index_index_tensors_after_all": one { try $0[.all, .tensor(tensor([2, 0])), .tensor(tensor([1, 3]))] },
        "index_three_index_tensors": one {
            try $0[.tensor(tensor([1])), .tensor(tensor([2])), .tensor(tensor(-1))]
        },
        "index_index_tensors_after_int": one { try $0[1, .tensor(tensor([2, 0])), .tensor(tensor([1, 3]))] },
        "index_out_of_range": one { try $0[5] },
        "index_out_of_range_negative": one { try $0[0, -4] },
        "index_out_of_range_second": one { try $0[0, 3] },
        "index_too_many": one { try $0[0, 0, 0, 0] },
        "index_mask_shape_error": one { try $0[.tensor(tensor([true, false, true]))] },
        "index_index_tensor_out_of_range": one { try $0[.tensor(tensor([0, 2]))] },
        "index_index_tensor_float_error": one { try $0[.tensor(tensor([0.0]))] },
        "index_index_tensors_shape_error": one { try $0[.tensor(tensor([0, 1])), .tensor(tensor([0, 1, 2]))] },
        "index_index_tensors_out_of_range": one { try $0[.tensor(tensor([0, 1])), .tensor(tensor([0, 3]))] },
        "index_0d_new_axis": one { try $0[.newAxis] },
        "index_0d_ellipsis": one { try $0[.ellipsis] },
        "index_1d_mask": one { try $0[.tensor($0 > 0)] },
        "index_float_mask": one { try $0[.tensor($0 > 0)] },
    ]

    /// A case that writes into a copy of its input and returns the copy.
    static func assigning(_ body: @escaping (Tensor) throws -> Void) -> GoldenBuild {
        one { input in
            let base = try input.clone()
            try body(base)
            return base
        }
    }

    static let assignment: [String: GoldenBuild] = [
        "assign_int_scalar": assigning { try $0.setIndex([1], to: .scalar(5)) },
        "assign_negative_int_double_truncates": assigning { try $0.setIndex([-1], to: .scalar(7.9)) },
        "assign_two_ints": assigning { try $0.setIndex([0, 1], to: .scalar(-3)) },
        "assign_range_scalar": assigning { try $0.setIndex([.all, .range(1..<3)], to: .scalar(0)) },
        "assign_range_tensor_broadcast": assigning {
            try $0.setIndex([.all, .range(1..<3)], to: .tensor(tensor([1, 2, 3, 4])))
        },
        "assign_all_then_int": assigning { try $0.setIndex([.all, 0], to: .scalar(9)) },
        "assign_ellipsis_tensor": assigning { try $0.setIndex([.ellipsis, 1], to: .tensor(tensor([10, 20, 30]))) },
        "assign_new_axis": assigning { try $0.setIndex([.newAxis, 0], to: .scalar(3)) },
        "assign_step": assigning { try $0.setIndex([.all, .all, from(nil, by: 2)], to: .scalar(1)) },
        "assign_mask_scalar": assigning { try $0.setIndex([.tensor($0 > 10)], to: .scalar(0)) },
        "assign_mask_tensor": assigning {
            try $0.setIndex([.tensor($0 % 5 == 0)], to: .tensor(tensor([100, 200, 300, 400, 500])))
        },
        "assign_mask_rows": assigning { try $0.setIndex([.tensor(tensor([true, false]))], to: .scalar(-1)) },
        "assign_mask_rows_tensor": assigning {
            try $0.setIndex([.tensor(tensor([false, true]))], to: .tensor(tensor([7, 8, 9, 10])))
        },
        "assign_mask_second_dim": assigning {
            try $0.setIndex([.all, .tensor(tensor([true, false, true]))], to: .scalar(4))
        },
        "assign_index_tensor_scalar": assigning { try $0.setIndex([.tensor(tensor([0, 1]))], to: .scalar(2)) },
        "assign_index_tensor_second_dim_tensor": assigning {
            try $0.setIndex([.all, .tensor(tensor([2, 0]))], to: .tensor(tensor([[1], [2]])))
        },
        "assign_index_tensor_rows_tensor": assigning {
            try $0.setIndex([.tensor(tensor([2, 0]))], to: .tensor(tensor([[1, 1, 1, 1], [2, 2, 2, 2]])))
        },
        "assign_float_tensor_into_int": assigning { try $0.setIndex([0], to: .tensor(tensor([1.7, -2.7, 3.0, 4.2]))) },
        "assign_int_into_float": assigning { try $0.setIndex([.all, 1], to: .scalar(3)) },
        "assign_whole": assigning { try $0.setIndex([.ellipsis], to: .scalar(0)) },
        "assign_float_mask_scalar": assigning { try $0.setIndex([.tensor($0 < 0)], to: .scalar(0.0)) },
        "assign_bool_target": assigning { try $0.setIndex([0], to: .scalar(true)) },
        "assign_shape_error": assigning { try $0.setIndex([0], to: .tensor(tensor([1, 2, 3, 4, 5]))) },
        "assign_out_of_range_error": assigning { try $0.setIndex([3], to: .scalar(1)) },
    ]
}
