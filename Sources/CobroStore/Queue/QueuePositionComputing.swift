import Foundation

/// Computes and encodes the summaries of a rebuild on a second thread while the writer's thread
/// reads the next customers' rows and stores the finished summaries: reading plus storing and
/// computing plus encoding take about as long each, and the desk's machine has more than one
/// core. Summaries come back in the order their customers were submitted.
final class QueuePositionComputing: @unchecked Sendable {
    /// Guards `pending`, `finished`, `closed` and `done`; each side waits on it for the other.
    private let lock = NSCondition()
    private var pending: [[(customer: QueueCustomer, source: QueueSource)]] = []
    private var finished: [StoredQueuePosition] = []
    private var closed = false
    private var done = false
    /// The writer's thread's alone.
    private var batch: [(customer: QueueCustomer, source: QueueSource)] = []

    /// Enough to keep the computing thread busy, few enough that it starts at once.
    private static let batchSize = 256
    /// The reading thread waits beyond this, so that a slow computer does not hold every
    /// customer's rows in memory.
    private static let maxPendingBatches = 16

    init() {
        DispatchQueue.global(qos: .userInitiated).async { self.run() }
    }

    /// Adds a customer; returns the summaries finished meanwhile, to store now.
    func submit(_ customer: QueueCustomer, _ source: QueueSource) -> [StoredQueuePosition] {
        batch.append((customer, source))
        guard batch.count == Self.batchSize else { return [] }
        lock.lock()
        while pending.count >= Self.maxPendingBatches { lock.wait() }
        pending.append(batch)
        let ready = finished
        finished = []
        lock.broadcast()
        lock.unlock()
        batch = []
        return ready
    }

    /// Waits for every submitted customer; the summaries not yet returned.
    func finish() -> [StoredQueuePosition] {
        lock.lock()
        if !batch.isEmpty { pending.append(batch) }
        batch = []
        closed = true
        lock.broadcast()
        while !done { lock.wait() }
        let ready = finished
        finished = []
        lock.unlock()
        return ready
    }

    /// Drops what is not computed yet and lets the thread end (after `finish`, or when reading failed).
    func stop() {
        lock.lock()
        pending = []
        closed = true
        lock.broadcast()
        lock.unlock()
    }

    private func run() {
        lock.lock()
        while true {
            while pending.isEmpty && !closed { lock.wait() }
            guard !pending.isEmpty else { break }
            let next = pending.removeFirst()
            lock.broadcast()
            lock.unlock()
            let positions = next.map { StoredQueuePosition(QueuePosition($0.source, customer: $0.customer), customerID: $0.customer.id) }
            lock.lock()
            finished += positions
        }
        done = true
        lock.broadcast()
        lock.unlock()
    }
}
