import AccountScreen
import AgingScreen
@testable import CobroApp
import CobroDomain
import CobroTerminal
import AgreementsScreen
import Foundation
import QueueScreen
import TemplatesScreen

/// The same small portfolio the aging screen tests use, as of any date: invoices fall due at
/// fixed days around 23 Nov 2026.
enum DeskFixture {
    static let today = CivilDate(iso: "2026-11-23")!

    static func invoice(_ id: Int64, _ number: String, _ cents: Int64, daysPastDue: Int) -> AgingDocument {
        let due = today.adding(days: -daysPastDue)
        return AgingDocument(id: id, number: number, issueDate: due.adding(days: -30), dueDate: due, amount: cents)
    }

    /// EUR by balance: C003 日本商事 12,345.67 · C001 Ibáñez Hermanos 1,234.56 · C002 Ñandú S.L. 600.00 · C004 Zeta Ltd -25.00.
    /// USD: C001 300.00.
    static func report(asOf: CivilDate) -> AgingReport {
        var builder = AgingReportBuilder(asOf: asOf)
        builder.add(code: "C001", name: "Ibáñez Hermanos", currency: .EUR,
                    ledger: AgingLedger(documents: [invoice(1, "F-101", 123_456, daysPastDue: 10)]))
        builder.add(code: "C002", name: "Ñandú S.L.", currency: .EUR,
                    ledger: AgingLedger(documents: [invoice(2, "F-201", 50_000, daysPastDue: 130),
                                                    invoice(3, "F-202", 10_000, daysPastDue: -5)]))
        builder.add(code: "C003", name: "日本商事", currency: .EUR,
                    ledger: AgingLedger(documents: [invoice(4, "F-301", 1_234_567, daysPastDue: 45)]))
        builder.add(code: "C004", name: "Zeta Ltd", currency: .EUR,
                    ledger: AgingLedger(documents: [AgingDocument(id: 5, number: "CN-401", issueDate: today.adding(days: -3),
                                                                  dueDate: today.adding(days: -3), amount: -2_500)]))
        builder.add(code: "C001", name: "Ibáñez Hermanos", currency: .USD,
                    ledger: AgingLedger(documents: [invoice(7, "F-102", 30_000, daysPastDue: 100)]))
        return builder.build()
    }

    /// Monday 23 Nov 2026, 11:00 in Madrid: inside everyone's calling hours.
    static let now = ISO8601DateFormatter().date(from: "2026-11-23T11:00:00+01:00")!

    /// The queue: C003 (the largest debtor) and C001, both in Madrid.
    static var queueCandidates: [QueueCandidate] {
        [
            QueueCandidate(code: "C001", name: "Ibáñez Hermanos", timeZoneIdentifier: "Europe/Madrid",
                           overdue: [OverdueAmount(amount: Money(minorUnits: 123_456, currency: .EUR), oldestDays: 10)]),
            QueueCandidate(code: "C003", name: "日本商事", timeZoneIdentifier: "Europe/Madrid",
                           overdue: [OverdueAmount(amount: Money(minorUnits: 1_234_567, currency: .EUR), oldestDays: 45)]),
        ]
    }

    /// The account of C003, the largest debtor.
    static var account: AccountSnapshot {
        let document = invoice(4, "F-301", 1_234_567, daysPastDue: 45)
        let amount = Money(minorUnits: 1_234_567, currency: .EUR)
        return AccountSnapshot(
            customer: Customer(code: "C003", name: "日本商事", phone: "+81 3 0000 0000"),
            asOf: today,
            openInvoices: [OpenInvoice(number: "F-301", issueDate: document.issueDate, dueDate: document.dueDate,
                                       amount: amount, open: amount, daysPastDue: 45, disputed: false)],
            balances: [(.EUR, AgingLedger(documents: [document]).aged(asOf: today))])
    }
}

struct FakeFailure: Error, CustomStringConvertible {
    var description: String
}

/// What the desk wrote through the fake store, in order.
final class StoreWrites: @unchecked Sendable {
    // @unchecked: every access holds `lock`.
    private let lock = NSLock()
    private var entries: [String] = []
    private var claims: [String: String] = [:]

    func record(_ write: String) { lock.withLock { entries.append(write) } }
    var all: [String] { lock.withLock { entries } }

    /// Claims as the store makes them: the first code nobody else holds.
    func claim(_ codes: [String], for user: String) -> String? {
        lock.withLock {
            guard let code = codes.first(where: { claims[$0] == nil || claims[$0] == user }) else { return nil }
            claims[code] = user
            entries.append("claim \(code)")
            return code
        }
    }

    func release(_ code: String) {
        lock.withLock {
            claims[code] = nil
            entries.append("release \(code)")
        }
    }

    private var savedAgreements: [PaymentAgreement] = []
    var agreements: [PaymentAgreement] { lock.withLock { savedAgreements } }

    func save(_ agreement: PaymentAgreement) -> Int64 {
        lock.withLock {
            savedAgreements.append(agreement)
            entries.append("agreement \(agreement.customerCode) \(agreement.status.rawValue) \(agreement.amount.decimalString) in \(agreement.installments.count)")
            return Int64(savedAgreements.count)
        }
    }

    private var storedTemplates: [TemplateKey: TemplateEntry] = [:]
    var templates: [TemplateEntry] { lock.withLock { storedTemplates.values.sorted { $0.key < $1.key } } }

    /// Stores the templates not there yet, as the store seeds them; returns how many.
    func seed(_ shipped: [ReminderTemplate]) -> Int {
        lock.withLock {
            let missing = shipped.filter { storedTemplates[$0.key] == nil }
            for template in missing { storedTemplates[template.key] = TemplateEntry(template: template) }
            return missing.count
        }
    }

    func save(_ template: ReminderTemplate, by user: String?, at: Date) {
        lock.withLock {
            storedTemplates[template.key] = TemplateEntry(template: template, editedBy: user ?? "-", editedAt: at)
            entries.append("template \(template.key) by \(user ?? "-")")
        }
    }

    /// Another clerk takes `code`.
    func heldByOther(_ code: String) { lock.withLock { claims[code] = "luis" } }
}

/// The store, in memory: a fixed portfolio, one known account, a queue, and a record of writes.
struct FakeDeskData: DeskData {
    var customers = 5
    var accounts: [String: AccountSnapshot] = ["C003": DeskFixture.account]
    /// When set, the aging report fails with this message.
    var reportFailure: String?
    var queue: [QueueCandidate] = DeskFixture.queueCandidates
    let writes = StoreWrites()

    func agingReport(asOf: CivilDate) throws -> AgingReport {
        if let reportFailure { throw FakeFailure(description: reportFailure) }
        return DeskFixture.report(asOf: asOf)
    }

    func account(code: String, asOf: CivilDate) throws -> AccountSnapshot? { accounts[code] }

    func customerCount() throws -> Int { customers }

    func deskQueue(at instant: Date, user: String?, context: DeskContext) throws -> QueueSnapshot {
        QueueSnapshot(at: instant, entries: CallQueue.rank(queue, at: instant, deskTimeZone: context.timeZone, policy: context.policy),
                      contactedToday: writes.all.filter { $0.hasPrefix("call ") }.count)
    }

    func claimFirstAvailable(of codes: [String], user: String, at: Date, for duration: TimeInterval) throws -> String? {
        writes.claim(codes, for: user)
    }

    func releaseClaim(code: String, user: String) throws { writes.release(code) }

    func recordCall(_ entry: ContactLogEntry, disputing invoices: [String], disputeReason: String?, debtorType: DebtorType?) throws -> Int64 {
        var line = "call \(entry.customerCode) \(entry.outcome.rawValue) by \(entry.user ?? "-")"
        if let promise = entry.promise { line += " promise \(promise.amount.decimalString) \(promise.amount.currency.code) \(promise.date.iso)" }
        if !invoices.isEmpty { line += " disputing \(invoices.joined(separator: ","))" }
        writes.record(line)
        return Int64(writes.all.count)
    }

    func setDisputed(_ invoices: [String], of customerCode: String, to disputed: Bool, reason: String?, user: String?, at: Date) throws {
        writes.record("disputed \(invoices.joined(separator: ",")) \(disputed) because \(reason ?? "-")")
    }

    func setDoNotCall(_ flag: Bool, customerCode: String, reason: String, user: String?, at: Date) throws {
        writes.record("do-not-call \(customerCode) \(flag) because \(reason)")
    }

    func setStatus(_ status: CustomerStatus, customerCode: String, reason: String, user: String?, at: Date) throws {
        writes.record("status \(customerCode) \(status.rawValue) because \(reason)")
    }

    func setDebtorType(_ type: DebtorType?, customerCode: String, user: String?, at: Date) throws {
        writes.record("debtor type \(customerCode) \(type?.rawValue ?? "none")")
    }

    var role: Role = .owner

    func role(of user: String?) throws -> Role { role }

    func agreementSummaries(asOf: CivilDate, graceDays: Int) throws -> [AgreementSummary] {
        writes.agreements.enumerated().map { index, agreement in
            AgreementSummary(id: Int64(index + 1), customerName: accounts[agreement.customerCode]?.customer.name ?? agreement.customerCode,
                             agreement: agreement, progress: AgreementProgress(agreement, payments: [], today: asOf, graceDays: graceDays))
        }
    }

    func saveAgreement(_ agreement: PaymentAgreement, as status: AgreementStatus, user: String?, at: Date, monthLimit: Int) throws -> Int64 {
        var saved = agreement
        saved.status = status
        return writes.save(saved)
    }

    func cancelAgreement(id: Int64, reason: String, user: String?, at: Date) throws {
        writes.record("cancel agreement \(id) because \(reason)")
    }

    func reminderTemplates() throws -> [TemplateEntry] { writes.templates }

    func savedDunningPolicy() throws -> DunningPolicy? { nil }

    func saveDunningPolicy(_ policy: DunningPolicy, user: String?, at: Date) throws {
        writes.record("ladder " + policy.stages.map { "\($0.name) \($0.days)" }.joined(separator: ", ") + " by \(user ?? "-")")
    }

    func saveTemplate(_ template: ReminderTemplate, user: String?, at: Date) throws { writes.save(template, by: user, at: at) }

    func seedTemplates(_ shipped: [ReminderTemplate], at: Date) throws -> Int { writes.seed(shipped) }

    /// Delivers first, as the store's transaction does before it commits: a failed delivery
    /// leaves nothing logged.
    func logReminder(_ message: DunningMessage, text: String, note: String, at: Date, sentOn: CivilDate, user: String?,
                     deliver: () throws -> String?) throws -> LoggedReminder? {
        let file = try deliver()
        writes.record("reminder \(message.customerCode) \(message.stage.name) \(message.channel.rawValue) by \(user ?? "-"): \(note)")
        return LoggedReminder(file: file)
    }
}

/// Runs the desk's work at once, on the caller's thread, and keeps what it reports until the
/// test hands it to the desk (the runner has no reference to the desk, as in the real loop).
final class ImmediateRunner: DeskWorkRunner, @unchecked Sendable {
    // @unchecked: `events` and `jobs` are only touched while holding `lock`.
    private let lock = NSLock()
    private var events: [DeskEvent] = []
    private var jobs = 0

    func run(_ work: @escaping @Sendable () -> DeskEvent) {
        let event = work()
        lock.withLock {
            events.append(event)
            jobs += 1
        }
    }

    /// How many pieces of work the desk has asked for.
    var jobsRun: Int { lock.withLock { jobs } }

    func takeEvents() -> [DeskEvent] {
        lock.withLock {
            defer { events.removeAll() }
            return events
        }
    }
}

/// Drives a desk as the key loop does: a key, then whatever the work it asked for reported.
final class DeskDriver {
    let runner = ImmediateRunner()
    let desk: Desk

    init(data: any DeskData = FakeDeskData(), language: Language = .en, width: Int = 120, height: Int = 40,
         exportFolder: String = FileManager.default.temporaryDirectory.path, firstScreen: DeskScreen = .aging,
         role: Role = .owner, configure: (inout DeskContext) -> Void = { _ in }) {
        var context = DeskContext(databaseName: "cobro.sqlite", user: "ana", language: language, today: DeskFixture.today,
                                  exportFolder: exportFolder, timeZone: TimeZone(identifier: "Europe/Madrid")!,
                                  clock: { DeskFixture.now }, firstScreen: firstScreen, role: role)
        configure(&context)
        desk = Desk(context: context, data: data, runner: runner)
        desk.resize(width: width, height: height)
    }

    /// Starts the desk; with `deliver` false the background work has not reported yet.
    func start(deliver: Bool = true) {
        desk.start()
        if deliver { self.deliver() }
    }

    func deliver() {
        for event in runner.takeEvents() { desk.receive(event) }
    }

    /// Presses the keys in order; false when one of them quit the desk.
    @discardableResult
    func press(_ keys: Key...) -> Bool {
        for key in keys {
            let goesOn = desk.handle(key)
            deliver()
            if !goesOn { return false }
        }
        return true
    }

    @discardableResult
    func type(_ text: String) -> Bool {
        for character in text where !press(.character(character)) { return false }
        return true
    }

    /// The terminal changes size, as the loop reports it.
    func resize(width: Int, height: Int) {
        desk.resize(width: width, height: height)
        press(.resize)
    }

    var lines: [String] { desk.render().text.components(separatedBy: "\n") }
    var screen: String { desk.render().text }
    /// The tab bar, under the header.
    var tabs: String { lines[1] }
    /// The key legend, on the last row.
    /// The legend with the gap between the screen's keys and the shell's (right-aligned) keys
    /// closed up to the usual two spaces.
    var legend: String {
        lines[lines.count - 1].trimmingCharacters(in: .whitespaces).replacing(#/ {3,}/#, with: "  ")
    }
    /// The status bar, above the legend.
    var status: String { lines[lines.count - 2] }
    /// The codes of the aging rows drawn, top to bottom.
    var codesOnScreen: [String] { lines.filter { $0.hasPrefix("C0") }.map { String($0.prefix(4)) } }
}

/// A fresh folder under the system's temporary directory, removed when the value goes away.
final class TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("cobro-desk-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    var path: String { url.path }

    func contents(_ name: String) throws -> String {
        try String(contentsOf: url.appendingPathComponent(name), encoding: .utf8)
    }

    var fileNames: [String] { ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted() }
}
