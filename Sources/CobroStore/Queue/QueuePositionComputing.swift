import Foundation

/// Computes and encodes the summaries of a rebuild on a second thread (`BatchWorker`) while
/// the writer's thread reads the next customers' rows and stores the finished summaries.
/// Summaries come back in the order their customers were submitted.
final class QueuePositionComputing: @unchecked Sendable {
    /// Guards `finished`, which the worker fills and the writer empties.
    private let lock = NSLock()
    private var finished: [StoredQueuePosition] = []
    private var worker: BatchWorker<(customer: QueueCustomer, source: QueueSource)>?

    init() {
        // At most 16 batches wait, so that a slow computer does not hold every customer's rows.
        worker = BatchWorker(batchSize: 256, maxPendingBatches: 16) { batch in
            let positions = batch.map { StoredQueuePosition(QueuePosition($0.source, customer: $0.customer), customerID: $0.customer.id) }
            self.lock.withLock { self.finished += positions }
        }
    }

    /// Adds a customer; returns the summaries finished meanwhile, to store now.
    func submit(_ customer: QueueCustomer, _ source: QueueSource) -> [StoredQueuePosition] {
        guard worker?.submit((customer, source)) == true else { return [] }
        return takeFinished()
    }

    /// Waits for every submitted customer; the summaries not yet returned.
    func finish() -> [StoredQueuePosition] {
        worker?.finish()
        worker = nil
        return takeFinished()
    }

    /// Drops what is not computed yet and lets the thread end (reading failed).
    func stop() {
        worker?.stop()
        worker = nil
    }

    private func takeFinished() -> [StoredQueuePosition] {
        lock.withLock {
            defer { finished = [] }
            return finished
        }
    }
}
