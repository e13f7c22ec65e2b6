func greet(name: String) -> String { "hello " + name }
print(greet(name: 3))
