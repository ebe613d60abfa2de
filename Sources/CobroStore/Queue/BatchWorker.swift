import Foundation

/// Work handed from the database's thread to a second thread in batches, done there in the
/// order submitted. Reading rows and working on them take about as long each, and the desk's
/// machine has more than one core; SQLite's connection stays on the thread that owns it.
final class BatchWorker<Input>: @unchecked Sendable {
    /// Guards `pending`, `closed`, `done` and `work`; each side waits on it for the other.
    private let lock = NSCondition()
    private var pending: [[Input]] = []
    private var closed = false
    private var done = false
    /// Dropped when the thread ends, so that a closure holding its owner does not keep it alive.
    private var work: (([Input]) -> Void)?
    /// The submitting thread's alone.
    private var batch: [Input] = []
    private let batchSize: Int
    private let maxPendingBatches: Int

    /// `batchSize`: enough to keep the second thread busy, few enough that it starts at once.
    /// Beyond `maxPendingBatches` the submitting thread waits, so that inputs do not pile up.
    init(batchSize: Int, maxPendingBatches: Int = .max, work: @escaping ([Input]) -> Void) {
        self.batchSize = batchSize
        self.maxPendingBatches = maxPendingBatches
        self.work = work
        DispatchQueue.global(qos: .userInitiated).async { self.run() }
    }

    /// Adds one input; true when it completed a batch and the batch was handed over.
    @discardableResult
    func submit(_ input: Input) -> Bool {
        batch.append(input)
        guard batch.count == batchSize else { return false }
        lock.lock()
        while pending.count >= maxPendingBatches && !closed { lock.wait() }
        pending.append(batch)
        lock.broadcast()
        lock.unlock()
        batch = []
        return true
    }

    /// Hands over the last inputs and waits until every batch is done.
    func finish() {
        lock.lock()
        if !batch.isEmpty { pending.append(batch) }
        batch = []
        closed = true
        lock.broadcast()
        while !done { lock.wait() }
        lock.unlock()
    }

    /// Drops what is not done yet and lets the thread end (the submitter gave up).
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
            guard !pending.isEmpty, let work else { break }
            let next = pending.removeFirst()
            lock.broadcast()
            lock.unlock()
            work(next)
            lock.lock()
        }
        work = nil
        done = true
        lock.broadcast()
        lock.unlock()
    }
}
