// Strings and characters inside collections and in debugPrint are quoted as Swift's debugDescription quotes them.
let awkward = [
    "plain", "it's", "say \"hi\"", "back\\slash", "nul\0byte", "tab\tnew\nline\rreturn", "bell\u{7}", "del\u{7F}",
    "\u{1B}[0m", "e\u{301}", "\u{301}alone", "snow ☃︎ 💡",
]
print(awkward)
for text in awkward {
    debugPrint(text)
}
print([Character("'"), Character("\0"), Character("\u{7}")])
print(["key's": "value\0"])
print(Set(["only's"]))
print((1, "a'b"))
let nested: [[String]] = [["x\0y"]]
print(nested)
print("in text: it's \0 kept")
