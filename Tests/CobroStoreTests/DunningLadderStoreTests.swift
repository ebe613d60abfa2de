import CobroDomain
import CobroStore
import Foundation
import GRDB
import Testing

@Suite("The owner's dunning ladder (SPEC §5 \"Dunning stages\"): saved whole, owner only, audited")
struct DunningLadderStoreTests {
    private let at = Date(timeIntervalSince1970: 1_795_431_600)
    private let owners = try! DunningPolicy(stages: [
        DunningStage(name: "first", days: 10, channels: [.email, .sms]),
        DunningStage(name: "demand", days: 90, channels: [.letter], claimsLatePayment: true),
    ])

    private func count(_ database: CobroDatabase, _ sql: String) throws -> Int {
        try DatabaseQueue(path: database.path).read { try Int.fetchOne($0, sql: sql)! }
    }

    @Test("a new database has no saved ladder: the SPEC's applies")
    func noneSaved() throws {
        let folder = try TemporaryFolder()
        #expect(try CobroDatabase.open(path: folder.path("cobro.sqlite")).savedDunningPolicy() == nil)
    }

    @Test("a saved ladder reads back as saved: days, channels in order, late-payment flag")
    func savedReadsBack() throws {
        let folder = try TemporaryFolder()
        let database = try CobroDatabase.open(path: folder.path("cobro.sqlite"))
        try database.saveDunningPolicy(owners, user: nil, at: at)
        #expect(try database.savedDunningPolicy() == owners)
        try database.saveDunningPolicy(.standard, user: nil, at: at.addingTimeInterval(60))
        #expect(try database.savedDunningPolicy() == .standard)
    }

    @Test("every save is in the audit trail with the ladder before and after")
    func audited() throws {
        let folder = try TemporaryFolder()
        let database = try CobroDatabase.open(path: folder.path("cobro.sqlite"))
        try database.saveDunningPolicy(.standard, user: "marta", at: at)
        try database.saveDunningPolicy(owners, user: "marta", at: at.addingTimeInterval(60))
        #expect(try count(database, "SELECT count(*) FROM audit_trail WHERE entity = 'dunning_ladder' AND user_name = 'marta'") == 2)
        #expect(try count(database, """
            SELECT count(*) FROM audit_trail WHERE entity = 'dunning_ladder' AND action = 'update'
              AND before_json LIKE '%"courtesy":"-3 email"%' AND after_json LIKE '%"first":"10 email+sms"%'
              AND after_json LIKE '%"demand":"90 letter late_payment"%'
            """) == 1)
    }

    @Test("once users exist, only an owner may change the ladder; a clerk is told why and nothing changes")
    func ownerOnly() throws {
        let folder = try TemporaryFolder()
        let database = try CobroDatabase.open(path: folder.path("cobro.sqlite"))
        try database.addUser(name: "marta", role: .owner, at: at)
        try database.addUser(name: "luis", role: .clerk, at: at, by: "marta")
        #expect(throws: UserError.needsOwner(user: "luis", action: .changeDunningLadder)) {
            try database.saveDunningPolicy(owners, user: "luis", at: at)
        }
        #expect(UserError.needsOwner(user: "luis", action: .changeDunningLadder).message(in: .es)
                == "'luis' es gestor: solo un propietario puede cambiar la escalera de recordatorios")
        #expect(try database.savedDunningPolicy() == nil)
        try database.saveDunningPolicy(owners, user: "marta", at: at)
        #expect(try database.savedDunningPolicy() == owners)
    }
}
