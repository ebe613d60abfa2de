import ArgumentParser
import CobroDomain
import CobroStore
import Foundation

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the aging report, customers, invoices, payments or the contact log as CSV.",
        discussion: """
            CSV is UTF-8 without BOM, `,`-separated; customers, invoices and payments are written in the
            import format, so `cobro import` reads them back. `aging` is `report aging --format csv`.
            FILE `-` writes to standard output.
            """
    )

    @Argument(help: ArgumentHelp("What to write.", valueName: "aging|customers|invoices|payments|contacts"))
    var kind: ExportKind

    @Argument(help: ArgumentHelp("The file to write (replaced whole), or - for standard output.", valueName: "file"))
    var file: String

    @Option(name: .long, help: ArgumentHelp("Leave out what is dated after this day (YYYY-MM-DD). Default: today.", valueName: "date"))
    var asOf: CivilDate?

    @OptionGroup var options: DeskOptions

    func run() throws {
        try reportingFailures {
            let (database, settings) = try options.openDatabase()
            if kind.holdsPersonalData {
                try userRefusals(in: settings.language) { try database.requireOwner(settings.user, to: .exportPersonalData) }
            }
            let asOf = asOf ?? settings.today
            if file == "-" {
                var writer = CSVWriter(output: BufferedOutput.standardOutput())
                try database.exportCSV(kind, asOf: asOf, to: &writer)
                try writer.output.flush()
                return
            }
            let target = URL(fileURLWithPath: file)
            let temporary = target.deletingLastPathComponent()
                .appendingPathComponent(".\(target.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
            guard FileManager.default.createFile(atPath: temporary.path, contents: nil),
                  let handle = try? FileHandle(forWritingTo: temporary)
            else { throw Failure("cobro: cannot write \(file): check that its folder exists and is writable") }
            do {
                var writer = CSVWriter(output: BufferedOutput(handle: handle))
                try database.exportCSV(kind, asOf: asOf, to: &writer)
                try writer.output.flush()
                try handle.close()
                // The file appears whole or not at all.
                guard rename(temporary.path, target.path) == 0 else {
                    throw Failure("cobro: cannot write \(file): \(String(cString: strerror(errno)))")
                }
            } catch {
                try? FileManager.default.removeItem(at: temporary)
                throw error
            }
        }
    }
}

/// Collects text and writes it to a file handle in large blocks.
struct BufferedOutput: TextOutputStream {
    let handle: FileHandle
    private var buffer: [UInt8] = []
    private var failure: (any Error)?

    init(handle: FileHandle) {
        self.handle = handle
        buffer.reserveCapacity(1 << 20)
    }

    static func standardOutput() -> BufferedOutput { BufferedOutput(handle: .standardOutput) }

    mutating func write(_ string: String) {
        buffer.append(contentsOf: string.utf8)
        if buffer.count >= 1 << 20 { drain() }
    }

    mutating func write(bytes: [UInt8]) {
        drain()
        buffer = bytes
        drain()
    }

    /// Writes what is buffered; throws the first write error met.
    mutating func flush() throws {
        drain()
        if let failure { throw failure }
    }

    private mutating func drain() {
        guard failure == nil, !buffer.isEmpty else { return }
        do { try handle.write(contentsOf: buffer) } catch { failure = error }
        buffer.removeAll(keepingCapacity: true)
    }
}

extension ExportKind {
    /// Customers' details and what was said to them: only an owner exports these once roles
    /// are on. Aging, invoices and payments are figures a clerk may take away.
    var holdsPersonalData: Bool { self == .customers || self == .contacts }
}
