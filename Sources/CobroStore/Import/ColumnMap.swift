/// Where each named column sits in a file's header. Column order is free; names are matched
/// without regard to case; unknown columns are warned about and ignored.
struct ColumnMap {
    private let indexByName: [String: Int]

    init(header: [String], headerLine: Int, required: [String], optional: [String], log: inout ImportLog) {
        var indexByName: [String: Int] = [:]
        let known = Set(required + optional)
        for (index, rawName) in header.enumerated() {
            let name = rawName.lowercased()
            if !known.contains(name) {
                log.warning(headerLine, "unknown column '\(rawName)' is ignored")
            } else if indexByName[name] != nil {
                log.problem(headerLine, "column '\(name)' appears twice in the header")
            } else {
                indexByName[name] = index
            }
        }
        let missing = required.filter { indexByName[$0] == nil }
        if !missing.isEmpty {
            let noun = missing.count == 1 ? "column" : "columns"
            log.problem(headerLine, "missing required \(noun) \(missing.joined(separator: ", ")) (the header needs \(required.joined(separator: ",")))")
        }
        self.indexByName = indexByName
    }

    func index(_ name: String) -> Int? { indexByName[name] }
}

/// Reads typed fields out of one record, noting every problem instead of stopping at the first.
struct FieldReader {
    let fields: [String]
    let line: Int

    /// The field's text, or nil when the column is absent or the field empty. A cell that an
    /// export neutralised as a spreadsheet formula (`'=SUM(A1)`) reads as the text it stood for.
    func text(_ index: Int?) -> String? {
        guard let index, !fields[index].isEmpty else { return nil }
        return SpreadsheetFormula.restored(fields[index])
    }

    func required(_ index: Int?, _ name: String, log: inout ImportLog) -> String? {
        guard let value = text(index) else {
            log.problem(line, "\(name) is empty")
            return nil
        }
        return value
    }
}
