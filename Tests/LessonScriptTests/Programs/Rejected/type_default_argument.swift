func train(epochs: Int = 2.5) -> Int { epochs * 2 }
print(train())
