import Foundation

/// The folder where e-mail drafts, letters and SMS texts wait to be printed or sent.
struct OutboxFolder {
    let path: String

    init(_ path: String) { self.path = path }

    /// Writes `text` as `name.ext`, or `name-2.ext`… when taken: never overwrites a file, even one
    /// written at the same moment by another run (exclusive create).
    func write(_ text: String, name: String, extension ext: String) throws(DeliveryError) -> String {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw .cannotWrite(path: path, reason: error.localizedDescription)
        }
        for attempt in 1...10_000 {
            let file = "\(path)/\(name)\(attempt == 1 ? "" : "-\(attempt)").\(ext)"
            let descriptor = open(file, O_WRONLY | O_CREAT | O_EXCL, 0o644)
            if descriptor < 0 {
                if errno == EEXIST { continue }
                throw .cannotWrite(path: file, reason: String(cString: strerror(errno)))
            }
            let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
            do {
                try handle.write(contentsOf: Data(text.utf8))
                try handle.close()
            } catch {
                throw .cannotWrite(path: file, reason: error.localizedDescription)
            }
            return file
        }
        throw .cannotWrite(path: "\(path)/\(name).\(ext)", reason: "too many files of that name")
    }

    /// Letters, digits, `.`, `-` kept; anything else (`/`, spaces, accents) as `_`.
    static func safeName(_ text: String) -> String {
        let safe = String(text.map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == ".") ? $0 : "_" })
        return safe.hasPrefix(".") ? "_" + safe.dropFirst() : safe
    }
}
