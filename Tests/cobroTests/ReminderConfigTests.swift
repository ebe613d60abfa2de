import CobroDomain
import CobroStore
import Foundation
import Testing
@testable import cobro

@Suite("Reminders' sender and company come from config.yaml (mail, company)")
struct ReminderConfigTests {
    private func load(_ yaml: String) throws -> ConfigFile {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("cobro-mail-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: home) }
        try FileManager.default.createDirectory(atPath: "\(home)/cobro", withIntermediateDirectories: true)
        try yaml.write(toFile: "\(home)/cobro/config.yaml", atomically: true, encoding: .utf8)
        return try ConfigFile.load(environment: ["HOME": home, "XDG_CONFIG_HOME": home])
    }

    @Test func mailAndCompanyAreRead() throws {
        let config = try load("""
            language: es
            mail: {command: "msmtp -t", from: "Cobranza López <cobros@example.com>"}
            company:
              name: Suministros López & Gómez SL
              phone: "+34 910 000 000"
              payment_methods:
                es: ["Transferencia: ES91 2100 0418 4502 0005 1332"]
                en: ["Bank transfer: ES91 2100 0418 4502 0005 1332"]
            """)
        #expect(config.mailCommand == "msmtp -t")
        #expect(config.mailFrom == MailAddress(name: "Cobranza López", address: "cobros@example.com"))
        #expect(config.company.name == "Suministros López & Gómez SL")
        #expect(config.company.phone == "+34 910 000 000")
        #expect(config.company.paymentMethods[.en] == ["Bank transfer: ES91 2100 0418 4502 0005 1332"])
    }

    @Test func oneListOfPaymentMethodsServesBothLanguages() throws {
        let config = try load("company:\n  payment_methods: [\"Bizum 600 000 000\"]\n")
        #expect(config.company.paymentMethods == [.es: ["Bizum 600 000 000"], .en: ["Bizum 600 000 000"]])
        #expect(config.mailCommand == nil && config.mailFrom == nil)
    }

    @Test func mistakesNameTheFileAndLine() throws {
        #expect(throws: (any Error).self) { try load("language: es\nmail:\n  from: not an address\n") }
        do {
            _ = try load("language: es\nmail:\n  from: not an address\n")
        } catch {
            #expect("\(error)".hasSuffix("config.yaml:2: mail: from 'not an address' must be an address such as 'Cobranza <cobros@example.com>'"))
        }
        do {
            _ = try load("company:\n  nombre: X\n")
        } catch {
            #expect("\(error)".hasSuffix("config.yaml:1: company: unknown setting 'nombre' (known: name, phone, email, payment_methods)"))
        }
    }
}
