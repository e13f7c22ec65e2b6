import Foundation

/// The per-thread state that PyTorch keeps globally or per thread: whether autograd records operations, the
/// default random generator and the print options.
///
/// Each lesson runs on its own thread with its own context, so lessons run in parallel stay independent and
/// deterministic.
///
/// ```swift
/// TensorContext.current.generator = Generator(seed: 42)   // what manualSeed(42) does
/// TensorContext.current.printOptions.precision = 2
/// ```
public final class TensorContext {
    /// Whether operations on tensors that require grad are recorded for `backward()`.
    public var isGradEnabled = true
    /// The generator behind `randn`, `rand` and `randperm`.
    public var generator = Generator(seed: 0)
    /// How tensors print.
    public var printOptions = PrintOptions()
    /// Called now and then by operations that can run long (filling a large random tensor); when it throws, the
    /// operation stops with its error. An interpreter installs its time limit here.
    ///
    /// ```swift
    /// context.interruptionCheck = { try session.checkTimeLimit() }   // a lesson's cell time limit
    /// ```
    public var interruptionCheck: (() throws -> Void)?
    /// The memory budget new tensors draw from: ``MemoryBudget/shared`` unless set, as an interpreter sets one
    /// per lesson.
    ///
    /// ```swift
    /// context.memoryBudget = MemoryBudget(limit: 2 << 30)
    /// ```
    public var memoryBudget = MemoryBudget.shared

    /// Creates a context with PyTorch's defaults and seed 0.
    public init() {}

    /// The context of the calling thread (created on first use).
    public static var current: TensorContext {
        get {
            if let raw = pthread_getspecific(contextKey) {
                return Unmanaged<TensorContext>.fromOpaque(raw).takeUnretainedValue()
            }
            let context = TensorContext()
            Self.current = context
            return context
        }
        set {
            if let old = pthread_getspecific(contextKey) {
                Unmanaged<TensorContext>.fromOpaque(old).release()
            }
            pthread_setspecific(contextKey, Unmanaged.passRetained(newValue).toOpaque())
        }
    }
}

/// The thread-local slot of `TensorContext.current`; the destructor releases a finished thread's context.
private let contextKey: pthread_key_t = {
    var key = pthread_key_t()
    pthread_key_create(&key) { raw in
        if let raw { Unmanaged<TensorContext>.fromOpaque(raw).release() }
    }
    return key
}()
