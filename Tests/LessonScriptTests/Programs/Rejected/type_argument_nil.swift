func describe(_ count: Int) -> String { "\(count) images" }
print(describe(nil))
