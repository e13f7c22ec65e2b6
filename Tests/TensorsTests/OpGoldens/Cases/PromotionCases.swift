import Tensors

/// Type promotion: every dtype pair for the binary operators, Swift numbers on either side, 0-d tensors
/// (`promote_*`, `promote0d*`, `compare_{lt,eq}_*`, `bitwise_*`).
extension GoldenCases {
    static let operators: [(String, (Tensor, Tensor) throws -> Tensor)] = [
        ("add", { try $0 + $1 }), ("sub", { try $0 - $1 }), ("mul", { try $0 * $1 }), ("div", { try $0 / $1 }),
        ("pow", { try $0 ** $1 }),
    ]

    /// `tensor op number` for the numbers 2, 2.5 and true.
    static let withNumber: [String: [String: (Tensor) throws -> Tensor]] = [
        "add": ["int": { try $0 + 2 }, "double": { try $0 + 2.5 }, "bool": { try $0 + true }],
        "sub": ["int": { try $0 - 2 }, "double": { try $0 - 2.5 }, "bool": { try $0 - true }],
        "mul": ["int": { try $0 * 2 }, "double": { try $0 * 2.5 }, "bool": { try $0 * true }],
        "div": ["int": { try $0 / 2 }, "double": { try $0 / 2.5 }, "bool": { try $0 / true }],
        "pow": ["int": { try $0 ** 2 }, "double": { try $0 ** 2.5 }, "bool": { try $0 ** true }],
    ]

    /// `number op tensor` for the numbers 2, 2.5 and true.
    static let numberWith: [String: [String: (Tensor) throws -> Tensor]] = [
        "add": ["int": { try 2 + $0 }, "double": { try 2.5 + $0 }, "bool": { try true + $0 }],
        "sub": ["int": { try 2 - $0 }, "double": { try 2.5 - $0 }, "bool": { try true - $0 }],
        "mul": ["int": { try 2 * $0 }, "double": { try 2.5 * $0 }, "bool": { try true * $0 }],
        "div": ["int": { try 2 / $0 }, "double": { try 2.5 / $0 }, "bool": { try true / $0 }],
        "pow": ["int": { try 2 ** $0 }, "double": { try 2.5 ** $0 }, "bool": { try true ** $0 }],
    ]

    static let promotion: [String: GoldenBuild] = {
        var cases: [String: GoldenBuild] = [:]
        let names = DType.allCases.map(\.name)
        let kinds = ["int", "double", "bool"]
        for (op, function) in operators {
            for a in names {
                for b in names { cases["promote_\(op)_\(a)_\(b)"] = two(function) }
                for kind in kinds {
                    cases["promote_\(op)_\(a)_s\(kind)"] = one(withNumber[op]![kind]!)
                    cases["promote_r\(op)_\(a)_s\(kind)"] = one(numberWith[op]![kind]!)
                }
            }
        }
        for a in names {
            for b in names {
                cases["promote0d_add_\(a)_\(b)"] = two { try $0 + $1 }
                cases["promote0d_mul_\(a)_\(b)"] = two { try $0 * $1 }
                cases["promote0d0d_add_\(a)_\(b)"] = two { try $0 + $1 }
                cases["compare_lt_\(a)_\(b)"] = two { try $0 < $1 }
                cases["compare_eq_\(a)_\(b)"] = two { try $0 == $1 }
            }
            for kind in kinds { cases["promote0ds_add_\(a)_s\(kind)"] = one(withNumber["add"]![kind]!) }
            cases["bitwise_not_\(a)"] = one { try ~$0 }
        }
        let nonFloat = ["bool", "uint8", "int32", "int64"]
        for a in nonFloat {
            for b in nonFloat {
                cases["bitwise_and_\(a)_\(b)"] = two { try $0 & $1 }
                cases["bitwise_or_\(a)_\(b)"] = two { try $0 | $1 }
                cases["bitwise_xor_\(a)_\(b)"] = two { try $0 ^ $1 }
            }
        }
        cases["bitwise_and_float32_error"] = two { try $0 & $1 }
        cases["bitwise_or_float32_error"] = two { try $0 | $1 }
        cases["bitwise_xor_float32_error"] = two { try $0 ^ $1 }

        cases["promote_uint8_plus_300_wraps"] = one { try $0 + 300 }
        cases["promote_uint8_times_2_wraps"] = one { try $0 * 2 }
        cases["promote_int32_plus_huge_wraps"] = one { try $0 + (1 << 40) }
        cases["promote_int64_div_int64_is_float32"] = two { try $0 / $1 }
        cases["promote_int64_div_0d_int64"] = two { try $0 / $1 }
        cases["promote_uint8_div_int"] = one { try $0 / 2 }
        cases["promote_int_tensor_plus_0d_float64"] = two { try $0 + $1 }
        cases["promote_float32_plus_0d_float64"] = two { try $0 + $1 }
        cases["promote_0d_int_plus_double"] = one { try $0 + 0.5 }
        return cases
    }()

    /// Broadcasting of shape pairs (the inputs carry the shapes), and an integer matrix minus a float row.
    static let broadcasting: [String: GoldenBuild] = {
        var cases: [String: GoldenBuild] = [:]
        for i in 0..<11 {
            cases["broadcast_add_\(i)"] = two { try $0 + $1 }
            cases["broadcast_mul_\(i)"] = two { try $0 * $1 }
        }
        cases["broadcast_int_float"] = two { try $0 - $1 }
        return cases
    }()
}
