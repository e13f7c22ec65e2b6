var stack = [1, 2]
while stack.popLast() {
    print(stack)
}
