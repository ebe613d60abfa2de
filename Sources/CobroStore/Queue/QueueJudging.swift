import CobroDomain
import Foundation

/// Decodes and judges the candidates a scan reads on a second thread while the scan reads on:
/// reading the summaries and judging them take about as long each, and the desk's machine has
/// more than one core. Candidates are judged in the order they are submitted, so the queue is
/// the same as one thread's.
final class QueueJudging: @unchecked Sendable {
    /// Guards `pending` and `closed`; the ranking is the judging thread's until `finish`.
    private let lock = NSCondition()
    private var pending: [[UnreadCandidate]] = []
    private var closed = false
    private var ranking: QueueRanking
    private let done = DispatchSemaphore(value: 0)
    private var batch: [UnreadCandidate] = []
    private var currencies = CurrencyCache()
    /// The first summary that could not be decoded.
    private var failure: (any Error)?

    /// Enough to keep the judging thread busy, few enough that it starts at once.
    private static let batchSize = 512

    init(_ ranking: QueueRanking) {
        self.ranking = ranking
        DispatchQueue.global(qos: .userInitiated).async { self.run() }
    }

    /// Adds a customer (named in the queue's entries if it is kept).
    func submit(_ candidate: UnreadCandidate) {
        batch.append(candidate)
        if batch.count == Self.batchSize { flush() }
    }

    /// Waits for every candidate to be judged; the ranking, once all are.
    func finish() throws -> QueueRanking {
        flush()
        lock.lock()
        closed = true
        lock.signal()
        lock.unlock()
        done.wait()
        if let failure { throw failure }
        return ranking
    }

    private func flush() {
        guard !batch.isEmpty else { return }
        lock.lock()
        pending.append(batch)
        lock.signal()
        lock.unlock()
        batch = []
    }

    private func run() {
        while true {
            lock.lock()
            while pending.isEmpty && !closed { lock.wait() }
            if pending.isEmpty {
                lock.unlock()
                break
            }
            let next = pending.removeFirst()
            lock.unlock()
            guard failure == nil else { continue }
            do {
                for unread in next { ranking.add(try unread.candidate(&currencies)) { unread.name } }
            } catch {
                failure = error
            }
        }
        done.signal()
    }
}
