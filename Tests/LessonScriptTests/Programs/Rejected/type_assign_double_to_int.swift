var count = 0
for _ in 0..<3 { count += 1 }
count = 2.5
print(count)
