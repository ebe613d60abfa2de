import CobroDomain
import CobroStore
import Foundation

/// `cobro import invoices` of a realistic file: the database's own invoices, exported once as
/// CSV, imported into fresh databases that already hold its customers. Each sample is a new file
/// (a second import of the same rows would only find them unchanged); the customers' import into
/// it, untimed, warms the binary and the page cache up.
struct BenchImport {
    let database: CobroDatabase
    let asOf: CivilDate
    /// A folder of the benchmark's own, removed by the caller.
    let work: String

    /// Throughput over `samples` imports: the median, and at p95 the rate of the slow end's time.
    func run(samples: Int) throws -> BenchFigure {
        let customers = "\(work)/customers.csv", invoices = "\(work)/invoices.csv"
        try export(.customers, to: customers)
        let rows = try export(.invoices, to: invoices)
        var times: [Double] = []
        for sample in 0..<samples {
            let fresh = "\(work)/import-\(sample).sqlite"
            defer { BenchDemo.removeDatabase(at: fresh) }
            try BenchProcess.cobro(["import", "customers", customers, "--db", fresh]).output()
            times.append(try BenchProcess.cobro(["import", "invoices", invoices, "--db", fresh]).timed().seconds)
        }
        times.sort()
        let median = BenchFigure.percentile(times, 50), slow = BenchFigure.percentile(times, 95)
        return BenchFigure(.importInvoices, median: median.map { Double(rows) / $0 }, p95: slow.map { Double(rows) / $0 },
                           p99: nil, cost: median)
    }

    /// Writes one export as `cobro export` does; returns its data rows.
    @discardableResult
    private func export(_ kind: ExportKind, to path: String) throws -> Int {
        guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path) else {
            throw Failure("cobro: bench: cannot write \(path)")
        }
        defer { try? handle.close() }
        var writer = CSVWriter(output: RowCounter(inner: BufferedOutput(handle: handle)))
        try database.exportCSV(kind, asOf: asOf, to: &writer)
        try writer.output.inner.flush()
        return writer.output.lines - 1
    }
}

/// Counts the rows written through it: `CSVWriter` writes each row whole, in one call.
private struct RowCounter: TextOutputStream {
    var inner: BufferedOutput
    var lines = 0

    mutating func write(_ string: String) {
        lines += 1
        inner.write(string)
    }
}
