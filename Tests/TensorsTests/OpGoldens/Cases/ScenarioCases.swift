import Tensors

/// Short training runs from fast.ai's chapter 4, step for step as the notebook writes them (`scenario_*`).
extension GoldenCases {
    static let scenarios: [String: GoldenBuild] = [
        "scenario_quadratic_fit": { inputs in
            let (time, speed) = (inputs[0], inputs[1])
            let params = try inputs[2].clone().requiresGrad()
            for _ in 0..<10 {
                let (a, b, c) = try (params[0], params[1], params[2])
                let preds = try a * (time ** 2) + (b * time) + c
                let loss = try ((preds - speed) ** 2).mean()
                try loss.backward()
                try params.data -= 1e-5 * params.grad!.data
                params.grad = nil
            }
            return params
        },
        "scenario_linear_sgd": { inputs in
            let (x, y) = (inputs[0], inputs[1])
            let weights = try inputs[2].clone().requiresGrad()
            let bias = try inputs[3].clone().requiresGrad()
            for _ in 0..<3 {
                for start in stride(from: 0, to: x.shape[0], by: 3) {
                    let (xb, yb) = try (x[.range(start..<start + 3)], y[.range(start..<start + 3)])
                    let preds = try (Tensors.matmul(xb, weights) + bias).sigmoid()
                    let loss = try which(yb == 1, 1 - preds, preds).mean()
                    try loss.backward()
                    for p in [weights, bias] {
                        try p.data -= 1.0 * p.grad!
                        try p.grad!.zero()
                    }
                }
            }
            return try cat([weights.flatten(), bias])
        },
        "scenario_relu_net": { inputs in
            let (x, y) = (inputs[0], inputs[1])
            let w1 = try inputs[2].clone().requiresGrad()
            var res = try Tensors.matmul(x, w1) + inputs[3]
            res = try res.max(tensor(0.0))
            let preds = try (Tensors.matmul(res, inputs[4]) + inputs[5]).sigmoid()
            try which(y == 1, 1 - preds, preds).mean().backward()
            return w1.grad!
        },
    ]
}
