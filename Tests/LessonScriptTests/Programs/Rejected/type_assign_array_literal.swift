var losses = [0.5, 0.25]
losses = [0.1, "small"]
print(losses)
