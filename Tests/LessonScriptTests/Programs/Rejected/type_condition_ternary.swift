let count = 2
print(count ? "some" : "none")
