var label = "epoch "
label += 1
print(label)
