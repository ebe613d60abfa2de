import Foundation

/// Where and how the benchmark ran: the machine, the day, the build.
struct BenchMachine {
    let cpu: String
    let cores: Int
    let memoryGB: Double?
    let date: String
    let build: String

    static func current() -> BenchMachine {
        let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        let model = cpuinfo.split(separator: "\n").first { $0.hasPrefix("model name") }
            .flatMap { $0.split(separator: ":", maxSplits: 1).last }
            .map { $0.trimmingCharacters(in: .whitespaces) } ?? "unknown CPU"
        let meminfo = (try? String(contentsOfFile: "/proc/meminfo", encoding: .utf8)) ?? ""
        let kilobytes = meminfo.split(separator: "\n").first { $0.hasPrefix("MemTotal:") }
            .flatMap { $0.split(separator: " ").dropFirst().first }.flatMap { Double($0) }
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        #if DEBUG
        let build = "debug"
        #else
        let build = "release"
        #endif
        return BenchMachine(cpu: model, cores: ProcessInfo.processInfo.activeProcessorCount,
                            memoryGB: kilobytes.map { $0 * 1024 / 1e9 }, date: formatter.string(from: Date()), build: build)
    }
}

/// The figures of one database.
struct BenchDatabase {
    let customers: Int
    let path: String
    /// "created", "reused", or "given" (--db).
    let demo: String
    let figures: [BenchFigure]
}

/// The benchmark's output: a table for people, JSON for programs.
struct BenchReport {
    let machine: BenchMachine
    let databases: [BenchDatabase]

    var table: String {
        var lines = ["cobro bench: \(machine.cpu), \(machine.cores) cores"
                     + (machine.memoryGB.map { String(format: ", %.0f GB", $0) } ?? "")
                     + ", \(machine.date), \(machine.build) build",
                     "each cell: median / p95 (key presses: p50 / p99); growth ÷ size: the largest database's figure over the"
                     + " smallest's, divided by their size ratio (≤ 1: at most linear)", ""]
        let sized = databases.count > 1 && databases.first!.customers != databases.last!.customers
        var header = ["measurement"] + databases.map { "\(grouped($0.customers)) customers" }
        if sized { header.append("growth ÷ size") }
        var rows = [header]
        for kind in BenchFigure.Kind.allCases {
            let figures = databases.map { $0.figures.first { $0.kind == kind } ?? .absent(kind) }
            var row = ["\(kind.label) (\(kind.unit))"]
            for (database, figure) in zip(databases, figures) {
                if let median = figure.median {
                    row.append("\(number(median)) / \(figure.tail.map(number) ?? "—")")
                } else {
                    row.append(kind == .demoCreation ? (database.demo == "reused" ? "reused" : "—") : "—")
                }
            }
            if sized { row.append(growth(figures.first!, figures.last!).map { String(format: "%.2f", $0) } ?? "—") }
            rows.append(row)
        }
        let widths = (0..<header.count).map { column in rows.map { $0[column].count }.max()! }
        for (index, row) in rows.enumerated() {
            let cells = row.enumerated().map { column, cell in
                column == 0 ? cell.padding(toLength: widths[0], withPad: " ", startingAt: 0)
                    : String(repeating: " ", count: widths[column] - cell.count) + cell
            }
            lines.append(cells.joined(separator: "  "))
            if index == 0 { lines.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")) }
        }
        lines.append("")
        lines.append(contentsOf: databases.map { "\(grouped($0.customers)) customers: \($0.path) (\($0.demo))" })
        return lines.joined(separator: "\n")
    }

    var json: String {
        let document: [String: Any] = [
            "machine": ["cpu": machine.cpu, "cores": machine.cores, "memory_gb": rounded(machine.memoryGB)],
            "date": machine.date,
            "build": machine.build,
            "databases": databases.map { database -> [String: Any] in
                var measurements: [String: Any] = [:]
                for figure in database.figures {
                    var entry: [String: Any] = ["median": rounded(figure.median), "p95": rounded(figure.p95), "unit": figure.kind.unit]
                    if figure.kind.tailPercentile == 99 { entry["p99"] = rounded(figure.p99) }
                    measurements[figure.kind.rawValue] = entry
                }
                return ["customers": database.customers, "path": database.path, "demo": database.demo, "measurements": measurements]
            },
        ]
        let data = (try? JSONSerialization.data(withJSONObject: document, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }

    /// How much the figure grew from the smallest database to the largest, per unit of size.
    private func growth(_ small: BenchFigure, _ large: BenchFigure) -> Double? {
        guard let from = small.cost, let to = large.cost, from > 0 else { return nil }
        let sizes = Double(databases.last!.customers) / Double(databases.first!.customers)
        return to / from / sizes
    }

    private func number(_ value: Double) -> String {
        value >= 1000 ? grouped(Int(value.rounded())) : String(format: value >= 10 ? "%.1f" : "%.2f", value)
    }

    private func grouped(_ value: Int) -> String {
        let formatter = NumberFormatter()
        formatter.numberStyle = .decimal
        formatter.groupingSeparator = ","
        formatter.groupingSize = 3
        formatter.usesGroupingSeparator = true
        return formatter.string(from: NSNumber(value: value)) ?? String(value)
    }

    private func rounded(_ value: Double?) -> Any {
        value.map { ($0 * 1000).rounded() / 1000 } ?? NSNull()
    }
}
