let describe: (Int) -> String = { "value \($0)" }
print(describe("three"))
