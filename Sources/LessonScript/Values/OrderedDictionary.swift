/// A dictionary that remembers insertion order, so that printing and iterating a lesson's dictionary gives the
/// same text on every run (Swift's own order changes from run to run, which a checked lesson cannot allow).
public struct OrderedDictionary {
    /// The keys, in insertion order.
    public private(set) var keys: [Value] = []
    /// The values, parallel to `keys`.
    public private(set) var values: [Value] = []
    private var positions: [Value: Int] = [:]

    /// An empty dictionary.
    public init() {}

    /// The number of entries.
    public var count: Int { keys.count }

    /// The value for `key`, or `nil`; assigning `nil` removes the entry.
    public subscript(key: Value) -> Value? {
        get { positions[key].map { values[$0] } }
        set {
            if let newValue {
                if let position = positions[key] {
                    values[position] = newValue
                } else {
                    positions[key] = keys.count
                    keys.append(key)
                    values.append(newValue)
                }
            } else {
                removeValue(forKey: key)
            }
        }
    }

    /// Removes the entry for `key`, returning its value.
    @discardableResult
    public mutating func removeValue(forKey key: Value) -> Value? {
        guard let position = positions.removeValue(forKey: key) else { return nil }
        let value = values[position]
        keys.remove(at: position)
        values.remove(at: position)
        for index in position..<keys.count { positions[keys[index]] = index }
        return value
    }

    /// Removes every entry.
    public mutating func removeAll() {
        self = OrderedDictionary()
    }
}

/// A set that remembers insertion order (see ``OrderedDictionary`` for why).
public struct OrderedSet {
    /// The elements, in insertion order.
    public private(set) var elements: [Value] = []
    private var positions: [Value: Int] = [:]

    /// An empty set.
    public init() {}

    /// A set of `elements`, dropping repeats.
    public init(_ elements: some Sequence<Value>) {
        for element in elements { insert(element) }
    }

    /// The number of elements.
    public var count: Int { elements.count }

    /// Whether `element` is in the set.
    public func contains(_ element: Value) -> Bool { positions[element] != nil }

    /// Adds `element`, returning whether it was new.
    @discardableResult
    public mutating func insert(_ element: Value) -> Bool {
        guard positions[element] == nil else { return false }
        positions[element] = elements.count
        elements.append(element)
        return true
    }

    /// Removes `element`, returning it if it was there.
    @discardableResult
    public mutating func remove(_ element: Value) -> Value? {
        guard let position = positions.removeValue(forKey: element) else { return nil }
        elements.remove(at: position)
        for index in position..<elements.count { positions[elements[index]] = index }
        return element
    }
}
