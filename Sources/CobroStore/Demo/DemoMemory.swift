/// The C library's heap while a demo is written.
enum DemoMemory {
    /// glibc gives freed heap back to the system as soon as 128 KiB sit free at its top, and
    /// writing a demo frees and takes back that much again and again (the page faults were a
    /// third of the time): keeping up to 256 MiB, and growing by 64 MiB, makes 100,000
    /// customers about twice as fast. The setting lasts for the process, which is about to end.
    static func keepFreedHeap() {
        #if os(Linux)
        _ = mallopt(mallocTrimThreshold, 256 << 20)
        _ = mallopt(mallocTopPad, 64 << 20)
        #endif
    }

    #if os(Linux)
    /// `M_TRIM_THRESHOLD` and `M_TOP_PAD` of glibc's <malloc.h>, which Swift's Glibc module does not include.
    private static let mallocTrimThreshold: Int32 = -1
    private static let mallocTopPad: Int32 = -2
    #endif
}

#if os(Linux)
@_silgen_name("mallopt")
private func mallopt(_ parameter: Int32, _ value: Int32) -> Int32
#endif
