import LessonDisplay

#if canImport(Darwin)
    import Darwin
#elseif canImport(Glibc)
    import Glibc
#endif

extension DisplayLog {
    /// The log of the lesson whose cell runs on the calling thread, or `nil` when the session was made without
    /// one (a plain `ScriptSession` with ``LessonLibrary/bindings(data:progress:)``): display calls then print
    /// their text forms only. ``LessonLibrary/makeLesson(seed:printOptions:options:data:progress:)`` installs it
    /// on each cell's thread, as the tensor context is installed.
    static var current: DisplayLog? {
        get {
            pthread_getspecific(displayLogKey).map { Unmanaged<DisplayLog>.fromOpaque($0).takeUnretainedValue() }
        }
        set {
            if let old = pthread_getspecific(displayLogKey) { Unmanaged<DisplayLog>.fromOpaque(old).release() }
            pthread_setspecific(displayLogKey, newValue.map { Unmanaged.passRetained($0).toOpaque() })
        }
    }
}

/// The thread-local slot of `DisplayLog.current`; the destructor releases a finished thread's reference.
private let displayLogKey: pthread_key_t = {
    var key = pthread_key_t()
    pthread_key_create(&key) { raw in
        if let raw { Unmanaged<DisplayLog>.fromOpaque(raw).release() }
    }
    return key
}()
