let summary = ["images": 6131, "label": "three"]
print(summary)
