let epochs = 3
for epoch in epochs {
    print(epoch)
}
