import Foundation

/// A sendmail-compatible command from the config (`msmtp -t`, `sendmail -t -i`), run by the
/// shell as the owner wrote it. The message goes on stdin; no customer data is ever put on the
/// command line.
struct SendmailCommand {
    let command: String

    init(_ command: String) { self.command = command }

    func send(_ message: String) throws(DeliveryError) {
        // Stdin is a file, not a pipe: a command that exits without reading it cannot kill us
        // with SIGPIPE, and its stderr can be read to the end before waiting.
        let input: FileHandle
        do { input = try Self.unlinkedFile(holding: message) } catch {
            throw .commandFailed(command: command, status: -1, output: error.localizedDescription)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        let errors = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        do {
            try process.run()
        } catch {
            throw .commandFailed(command: command, status: -1, output: error.localizedDescription)
        }
        try? input.close()
        let output = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            throw .commandFailed(command: command, status: process.terminationStatus, output: output.trimmingCharacters(in: .whitespacesAndNewlines))
        }
    }

    /// A file with the text, already removed from its folder, opened for reading from the start.
    private static func unlinkedFile(holding text: String) throws -> FileHandle {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("cobro-mail-\(UUID().uuidString)").path
        guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]),
              let handle = FileHandle(forReadingAtPath: path) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
        }
        unlink(path)
        return handle
    }
}
