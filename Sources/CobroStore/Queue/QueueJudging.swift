import CobroDomain
import Foundation

/// Reads the summaries' blobs and judges the candidates a scan meets on a second thread (`BatchWorker`) while the
/// scan reads on. Candidates are judged in the order they are submitted, so the queue is the
/// same as one thread's.
final class QueueJudging: @unchecked Sendable {
    /// The worker thread's until `finish` returns it (nil afterwards, so that the caller's is
    /// the only reference to its entries).
    private var ranking: QueueRanking?
    private let reader: QueueSummaryReader
    private var currencies = CurrencyCache()
    /// The first summary that could not be decoded.
    private var failure: (any Error)?
    private var worker: BatchWorker<UnreadCandidate>?

    init(_ ranking: QueueRanking, reader: QueueSummaryReader) {
        self.ranking = ranking
        self.reader = reader
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
        defer { ranking = nil }
        return ranking!
    }

    /// Lets the judging end without waiting (the scan failed).
    func stop() {
        worker?.stop()
        worker = nil
    }

    private func judge(_ batch: [UnreadCandidate]) {
        guard failure == nil else { return }
        do {
            for unread in batch {
                switch unread {
                case .exact(let exact):
                    ranking!.add(exact.candidate) { exact.candidate.name }
                case .summary(let summary):
                    guard let candidate = try summary.candidate(reader, &currencies) else { continue }
                    ranking!.add(candidate) { summary.name }
                }
            }
        } catch {
            failure = error
        }
    }
}
