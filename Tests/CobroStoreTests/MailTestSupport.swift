import CobroDomain
import CobroStore
import Foundation

/// Runs a program and returns its stdout; nil when it cannot start or exits non-zero.
func runProgram(_ path: String, _ arguments: [String], input: String? = nil) -> String? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    let output = Pipe()
    let stdin = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    process.standardInput = stdin
    guard (try? process.run()) != nil else { return nil }
    try? stdin.fileHandleForWriting.write(contentsOf: Data((input ?? "").utf8))
    try? stdin.fileHandleForWriting.close()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return process.terminationStatus == 0 ? String(decoding: data, as: UTF8.self) : nil
}

/// Python's `email` package, a real parser, reads a message file: its headers decoded, its
/// body, and any defects it found.
enum PythonEmail {
    static let script = """
        import email, email.policy, json, sys
        message = email.message_from_binary_file(open(sys.argv[1], "rb"), policy=email.policy.default)
        body = message.get_body(("plain",))
        print(json.dumps({
            "from_name": message["From"].addresses[0].display_name, "from": message["From"].addresses[0].addr_spec,
            "to_name": message["To"].addresses[0].display_name, "to": message["To"].addresses[0].addr_spec,
            "subject": str(message["Subject"]), "date": str(message["Date"]), "message_id": str(message["Message-ID"]),
            "content_type": message.get_content_type(), "charset": message.get_content_charset(),
            "body": body.get_content(), "header_names": list(message.keys()),
            "defects": [str(d) for d in message.defects] + [str(d) for h in message.values() for d in getattr(h, "defects", [])],
        }))
        """

    static func parse(file: String) throws -> [String: Any] {
        guard let output = runProgram("/usr/bin/env", ["python3", "-c", script, file]) else { throw Failure.python }
        return try JSONSerialization.jsonObject(with: Data(output.utf8)) as! [String: Any]
    }

    enum Failure: Error { case python }
}

enum MailFixture {
    static let from = MailAddress(parsing: "Cobranza Gómez & Cía <cobros@example.com>")!
    static let at = Date(timeIntervalSince1970: 1_795_420_800) // 2026-11-23T08:00:00Z
    static let madrid = TimeZone(identifier: "Europe/Madrid")!

    /// A customer whose name tries to start a header of its own.
    static let customer = Customer(code: "C001", name: "Ferretería Núñez\r\nBcc: victim@example.com", email: "ana@example.com")

    static let reminder = RenderedReminder(
        key: TemplateKey(stage: "first", language: .es, channel: .email),
        subject: "Recordatorio: facturas vencidas con Suministros López & Gómez — año 2026, ¡gracias por su atención! ñandú",
        body: "Estimado/a Ana Núñez:\n\n  - Factura F-1: 1.234,56\u{00A0}€ <pendiente> & vencida\n.\nFrom here on a line that is much longer than seventy-six characters, with accents: áéíóú ÁÉÍÓÚ ñÑ ¿¡ € and = signs = =\ntrailing space \n")
}
