import CSystem

/// The C library's heap while a demo is written.
enum DemoMemory {
    /// glibc gives freed heap back to the system as soon as 128 KiB sit free at its top, and
    /// writing a demo frees and takes back that much again and again (the page faults were a
    /// third of the time): keeping up to 256 MiB, and growing by 64 MiB, makes 100,000
    /// customers about twice as fast. The setting lasts for the process, which is about to end.
    static func keepFreedHeap() {
        csystem_keep_freed_heap(256 << 20, 64 << 20)
    }
}
