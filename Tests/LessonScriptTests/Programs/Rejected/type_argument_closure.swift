let double = { (x: Int) -> Int in x * 2 }
print(double(1.5))
