// libFuzzer's entry point for the CSV reader and the field parsers the importer runs on every
// field. Not part of the package: run.sh compiles it with swiftc -sanitize=fuzzer,address
// together with the few source files it needs.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard var reader = try? CSVReader(bytes: bytes) else { return 0 }
    while let record = reader.next() {
        guard case .success(let fields) = record.map(\.fields) else { continue }
        for field in fields {
            _ = CivilDate(iso: field)
            _ = try? Money.parse(field, currency: .EUR, separator: .comma)
            _ = try? Money.parse(field, currency: .JPY)
        }
    }
    return 0
}
