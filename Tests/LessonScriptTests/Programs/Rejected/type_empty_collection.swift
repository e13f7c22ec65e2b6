var losses = []
losses.append(0.5)
print(losses)
