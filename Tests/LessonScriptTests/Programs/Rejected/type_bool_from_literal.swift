let done: Bool = 0
print(done)
