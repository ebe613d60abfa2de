import CobroDomain
import CobroStore
import Foundation
import GRDB
import Testing

@Suite struct TemplateStoreTests {
    private let at = Date(timeIntervalSince1970: 1_795_431_600)
    private let shipped = [
        ReminderTemplate(key: TemplateKey(stage: "first", language: .es, channel: .email), subject: "Recordatorio", body: "Hola {{customer_name}}\n"),
        ReminderTemplate(key: TemplateKey(stage: "demand", language: .en, channel: .letter), body: "Dear {{customer_name}}\n"),
    ]

    private func count(_ database: CobroDatabase, _ sql: String) throws -> Int {
        try DatabaseQueue(path: database.path).read { try Int.fetchOne($0, sql: sql)! }
    }

    @Test func seedingAddsOnlyWhatIsMissing() throws {
        let folder = try TemporaryFolder()
        let database = try CobroDatabase.open(path: folder.path("cobro.sqlite"))
        #expect(try database.seedTemplates(shipped, at: at) == 2)
        #expect(try database.seedTemplates(shipped, at: at.addingTimeInterval(60)) == 0)
        #expect(try database.templates().map(\.template) == [shipped[1], shipped[0]])
        #expect(try database.template(shipped[0].key)?.updatedBy == nil)
        #expect(try count(database, "SELECT count(*) FROM audit_trail WHERE entity = 'template' AND action = 'create'") == 2)
    }

    @Test func anEditIsKeptWithWhoAndWhenAndAudited() throws {
        let folder = try TemporaryFolder()
        let database = try CobroDatabase.open(path: folder.path("cobro.sqlite"))
        try database.seedTemplates(shipped, at: at)
        var edited = shipped[0]
        edited.body = "Estimado/a {{contact_name}} & cía\n"
        try database.saveTemplate(edited, user: "marta", at: at.addingTimeInterval(3600))
        try database.seedTemplates(shipped, at: at.addingTimeInterval(7200))

        let stored = try #require(try database.template(edited.key))
        #expect(stored.template == edited)
        #expect(stored.updatedBy == "marta")
        #expect(stored.updatedAt == at.addingTimeInterval(3600))
        let audit = try DatabaseQueue(path: database.path).read {
            try Row.fetchOne($0, sql: "SELECT user_name, before_json, after_json FROM audit_trail WHERE entity = 'template' AND action = 'update'")!
        }
        #expect(audit[0] as String? == "marta")
        #expect((audit[1] as String).contains("Hola {{customer_name}}"))
        #expect((audit[2] as String).contains("Estimado/a {{contact_name}} & cía"))
    }

    @Test func anUnknownUserCannotEditOnceUsersExist() throws {
        let folder = try TemporaryFolder()
        let database = try CobroDatabase.open(path: folder.path("cobro.sqlite"))
        try database.addUser(name: "owner", role: .owner, at: at)
        #expect(throws: UserError.unknown("nobody")) { try database.saveTemplate(shipped[0], user: "nobody", at: at) }
        #expect(try database.templates().isEmpty)
    }
}
