class Animal {}
class Dog: Animal { func bark() { print("woof") } }
let pets: [Animal] = [Dog()]
let first = pets[0]
first.bark()
