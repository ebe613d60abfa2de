import Foundation

/// One record as the parsing thread left it: its problems, in the order found, and what the
/// writer needs of it when it can be written.
struct ParsedRecord<Value> {
    let problems: [ImportProblem]
    let value: Value?
}

/// Reads and parses a file's records on a second thread while the writer's thread stores the
/// parsed ones: scanning, field parsing and look-ups cost about what SQLite's inserts cost, and
/// the desk's machine has more than one core. Records come back in file order, so the problems
/// and the writer's own come out in line order as one thread's would.
final class RecordParsing<Value>: @unchecked Sendable {
    /// Guards `ready`, `done` and `stopped`; each side waits on it for the other.
    private let lock = NSCondition()
    private var ready: [[ParsedRecord<Value>]] = []
    private var done = false
    private var stopped = false
    /// The parsing thread's alone.
    private var reader: CSVReader
    private let fileName: String
    private let parse: (FieldReader, inout ImportLog) -> Value?

    /// Enough to keep the writer busy, few enough that it starts at once.
    private static var batchSize: Int { 512 }
    /// The parsing thread waits beyond this, so that parsed rows do not pile up in memory.
    private static var maxReadyBatches: Int { 16 }

    /// `parse` notes the record's problems in the log it is given; nil: nothing to write.
    init(_ reader: CSVReader, fileName: String, parse: @escaping (FieldReader, inout ImportLog) -> Value?) {
        self.reader = reader
        self.fileName = fileName
        self.parse = parse
        DispatchQueue.global(qos: .userInitiated).async { self.run() }
    }

    /// Calls `body` with every record, in file order.
    func forEach(_ body: (ParsedRecord<Value>) throws -> Void) throws {
        defer { stop() }
        while let batch = next() {
            for record in batch { try body(record) }
        }
    }

    private func next() -> [ParsedRecord<Value>]? {
        lock.lock()
        defer { lock.unlock() }
        while ready.isEmpty && !done { lock.wait() }
        guard !ready.isEmpty else { return nil }
        lock.broadcast()
        return ready.removeFirst()
    }

    /// Lets the parsing thread end early when the writer gave up.
    private func stop() {
        lock.lock()
        stopped = true
        lock.broadcast()
        lock.unlock()
    }

    private func run() {
        while true {
            var batch: [ParsedRecord<Value>] = []
            batch.reserveCapacity(Self.batchSize)
            while batch.count < Self.batchSize, let result = reader.next() {
                var log = ImportLog(fileName: fileName)
                switch result {
                case .success(let record):
                    let value = parse(FieldReader(fields: record.fields, line: record.line), &log)
                    batch.append(ParsedRecord(problems: log.problems, value: value))
                case .failure(let error):
                    log.problem(error.line, error.reason)
                    batch.append(ParsedRecord(problems: log.problems, value: nil))
                }
            }
            let atEnd = batch.count < Self.batchSize
            lock.lock()
            while ready.count >= Self.maxReadyBatches && !stopped { lock.wait() }
            ready.append(batch)
            let finished = atEnd || stopped
            done = finished
            lock.broadcast()
            lock.unlock()
            if finished { return }
        }
    }
}
