import CobroDomain
import Foundation

/// Decodes and judges the candidates a scan reads on a second thread (`BatchWorker`) while the
/// scan reads on. Candidates are judged in the order they are submitted, so the queue is the
/// same as one thread's.
final class QueueJudging: @unchecked Sendable {
    /// The worker thread's until `finish` returns.
    private var ranking: QueueRanking
    private var currencies = CurrencyCache()
    /// The first summary that could not be decoded.
    private var failure: (any Error)?
    private var worker: BatchWorker<UnreadCandidate>?

    init(_ ranking: QueueRanking) {
        self.ranking = ranking
        worker = BatchWorker(batchSize: 512) { batch in self.judge(batch) }
    }

    /// Adds a customer (named in the queue's entries if it is kept).
    func submit(_ candidate: UnreadCandidate) {
        worker?.submit(candidate)
    }

    /// Waits for every candidate to be judged; the ranking, once all are.
    func finish() throws -> QueueRanking {
        worker?.finish()
        worker = nil
        if let failure { throw failure }
        return ranking
    }

    /// Lets the judging end without waiting (the scan failed).
    func stop() {
        worker?.stop()
        worker = nil
    }

    private func judge(_ batch: [UnreadCandidate]) {
        guard failure == nil else { return }
        do {
            for unread in batch { ranking.add(try unread.candidate(&currencies)) { unread.name } }
        } catch {
            failure = error
        }
    }
}
