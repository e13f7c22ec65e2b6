/// A failure while running a cell, before its location is known or attached.
///
/// Library bindings throw it (``BindingError`` is the public spelling) with a message; the interpreter attaches
/// the location of the expression being evaluated.
struct RuntimeError: Error {
    var message: String
    var spot: SourceSpot?
    var isTimeout = false
    /// For an error about a call's arguments, where in the call swiftc places it.
    var callPlace: CallErrorPlace?
    /// For an error about a member, that swiftc places it at the value the member is taken of (`p.origin` on an
    /// instance) rather than at the member's name.
    var isAboutBase = false
    /// For assigning to a `let`, the constant's name: a property assignment or mutating call through it says so
    /// in its own words.
    var constantName: String?

    init(_ message: String, at spot: SourceSpot? = nil) {
        self.message = message
        self.spot = spot
    }

    init(_ message: String, place: CallErrorPlace) {
        self.message = message
        self.callPlace = place
    }

    static func timeout(seconds: Double) -> RuntimeError {
        var error = RuntimeError("cell exceeded its time limit of \(secondsText(seconds)) s")
        error.isTimeout = true
        return error
    }

    private static func secondsText(_ seconds: Double) -> String {
        seconds == seconds.rounded() && abs(seconds) < 1e15 ? String(Int(seconds)) : String(seconds)
    }
}

/// The error a library binding throws: its message reaches the lesson with the location of the call.
///
/// ```swift
/// throw BindingError("The size of tensor a (3) must match the size of tensor b (4) at non-singleton dimension 1")
/// ```
public struct BindingError: Error, CustomStringConvertible {
    /// The message, in the style of the library the binding mirrors.
    public var message: String

    /// An error with `message`.
    public init(_ message: String) {
        self.message = message
    }

    /// The message.
    public var description: String { message }
}

/// A position inside a compiled cell: the cell plus a UTF-8 offset, converted to line and column only when an
/// error is reported.
struct SourceSpot {
    let cell: CellSource
    let offset: Int

    var position: SourcePosition { cell.position(ofOffset: offset) }
}

/// Runs `body`, attaching `spot` to any runtime error that does not have a location yet. Errors a library
/// throws of its own types (a tensor's shape mismatch, a missing data file) become runtime errors with their
/// description as the message; a cell's own `throw` and optional chaining pass through untouched.
@inline(__always)
func located<T>(_ spot: SourceSpot, _ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch var error as RuntimeError {
        if error.spot == nil { error.spot = spot }
        throw error
    } catch let error as BindingError {
        throw RuntimeError(error.message, at: spot)
    } catch let error as ThrownValue {
        throw error
    } catch let error as OptionalChainNil {
        throw error
    } catch {
        throw RuntimeError(String(describing: error), at: spot)
    }
}

/// Runs `body`, placing an error that swiftc reports at the value a member is taken of (``RuntimeError/isAboutBase``)
/// at `baseSpot`.
@inline(__always)
func placingAtBase<T>(_ baseSpot: SourceSpot, _ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch var error as RuntimeError where error.spot == nil && error.isAboutBase {
        error.spot = baseSpot
        throw error
    }
}
