let answer = "yes"
while answer {
    print(answer)
}
