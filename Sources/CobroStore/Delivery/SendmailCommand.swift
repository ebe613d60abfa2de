import Foundation

/// A sendmail-compatible command from the config (`msmtp -t`, `sendmail -t -i`), run by the
/// shell as the owner wrote it. The message goes on stdin; no customer data is ever put on the
/// command line.
struct SendmailCommand {
    let command: String

    init(_ command: String) { self.command = command }

    func send(_ message: String) throws(DeliveryError) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        let input = Pipe()
        let errors = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        do {
            try process.run()
        } catch {
            throw .commandFailed(command: command, status: -1, output: error.localizedDescription)
        }
        // Read stderr while writing, so a chatty command cannot block on a full pipe.
        let errorText = ErrorCollector(errors.fileHandleForReading)
        try? input.fileHandleForWriting.write(contentsOf: Data(message.utf8))
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
        let output = errorText.text().trimmingCharacters(in: .whitespacesAndNewlines)
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            throw .commandFailed(command: command, status: process.terminationStatus, output: output)
        }
    }
}

/// Drains a pipe on a background thread until it closes.
private final class ErrorCollector: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }
    }

    func text() -> String {
        done.wait()
        return String(decoding: data, as: UTF8.self)
    }
}
