import Foundation
import AgingScreen
import AgreementsScreen
import CobroDomain
import CobroStore
import QueueScreen
import TemplatesScreen

/// What the desk reads from and writes to the store. Screens never see the store; the desk
/// asks through this.
public protocol DeskData: Sendable {
    func agingReport(asOf: CivilDate) throws -> AgingReport
    func account(code: String, asOf: CivilDate) throws -> AccountSnapshot?
    func customerCount() throws -> Int

    /// The call queue as `user` sees it at `instant` (accounts other clerks hold left out).
    func deskQueue(at instant: Date, user: String?, context: DeskContext) throws -> QueueSnapshot
    func claimFirstAvailable(of codes: [String], user: String, at: Date, for duration: TimeInterval) throws -> String?
    func releaseClaim(code: String, user: String) throws

    func recordCall(_ entry: ContactLogEntry, disputing invoices: [String], disputeReason: String?, debtorType: DebtorType?) throws -> Int64
    func setDisputed(_ invoices: [String], of customerCode: String, to disputed: Bool, reason: String?, user: String?, at: Date) throws
    func setDoNotCall(_ flag: Bool, customerCode: String, reason: String, user: String?, at: Date) throws
    func setStatus(_ status: CustomerStatus, customerCode: String, reason: String, user: String?, at: Date) throws
    func setDebtorType(_ type: DebtorType?, customerCode: String, user: String?, at: Date) throws

    /// The acting user's role (everyone is an owner on a database without users).
    func role(of user: String?) throws -> Role
    /// Every agreement with its progress as of `asOf`, for the agreements list.
    func agreementSummaries(asOf: CivilDate, graceDays: Int) throws -> [AgreementSummary]
    @discardableResult
    func saveAgreement(_ agreement: PaymentAgreement, as status: AgreementStatus, user: String?, at: Date,
                       monthLimit: Int) throws -> Int64
    func cancelAgreement(id: Int64, reason: String, user: String?, at: Date) throws

    /// Every reminder template, with who edited it last (SPEC §5 "Templates").
    func reminderTemplates() throws -> [TemplateEntry]
    /// Stores an edited template (audited).
    func saveTemplate(_ template: ReminderTemplate, user: String?, at: Date) throws
    /// Adds the shipped templates the database lacks; returns how many.
    @discardableResult
    func seedTemplates(_ shipped: [ReminderTemplate], at: Date) throws -> Int
    /// Logs a reminder (contact log with its text, reminder_sent rows) in one transaction around
    /// `deliver`; nil when the stage was already sent on that channel for one of its invoices.
    func logReminder(_ message: DunningMessage, text: String, note: String, at: Date, sentOn: CivilDate, user: String?,
                     deliver: () throws -> String?) throws -> LoggedReminder?
    /// The owner's dunning ladder; nil when never saved (the SPEC's applies).
    func savedDunningPolicy() throws -> DunningPolicy?
    /// Stores the owner's ladder (audited).
    func saveDunningPolicy(_ policy: DunningPolicy, user: String?, at: Date) throws
    /// A page of the audit trail, newest first, after `entry` (see `DeskAuditTrail`).
    func auditTrail(_ filter: AuditTrailFilter, after entry: AuditEntry?, limit: Int) throws -> [AuditEntry]
}

/// A reminder in the contact log, and the outbox file it went to (nil: e-mailed by the command).
public struct LoggedReminder: Hashable, Sendable {
    public var file: String?
    public init(file: String?) { self.file = file }
}

extension CobroDatabase: DeskData {
    public func deskQueue(at instant: Date, user: String?, context: DeskContext) throws -> QueueSnapshot {
        let entries = try callQueue(at: instant, deskTimeZone: context.timeZone, policy: context.policy,
                                    conversionRates: context.conversionRates, user: user)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = context.timeZone
        let startOfToday = calendar.startOfDay(for: instant)
        let endOfToday = calendar.date(byAdding: .day, value: 1, to: startOfToday) ?? instant
        let later = try callbacksLater(after: instant, until: endOfToday, excluding: Set(entries.map(\.code)))
        return QueueSnapshot(at: instant, entries: entries, laterToday: later,
                             contactedToday: try user.map { try accountsContacted(by: $0, since: startOfToday) } ?? 0)
    }

    public func reminderTemplates() throws -> [TemplateEntry] {
        try templates().map { TemplateEntry(template: $0.template, editedBy: $0.updatedBy, editedAt: $0.updatedBy == nil ? nil : $0.updatedAt) }
    }

    public func logReminder(_ message: DunningMessage, text: String, note: String, at: Date, sentOn: CivilDate, user: String?,
                            deliver: () throws -> String?) throws -> LoggedReminder? {
        try recordReminder(message, text: text, note: note, at: at, sentOn: sentOn, user: user, deliver: deliver).map { LoggedReminder(file: $0.file) }
    }

    public func agreementSummaries(asOf: CivilDate, graceDays: Int) throws -> [AgreementSummary] {
        let stored = try agreementsWithProgress(asOf: asOf, graceDays: graceDays)
        let names = try customerNames(codes: Set(stored.map(\.agreement.customerCode)))
        return stored.reversed().map { item in
            // The screen works the effective status out itself, from the stored one.
            var agreement = item.agreement
            agreement.status = item.recordedStatus
            return AgreementSummary(id: item.id, customerName: names[agreement.customerCode] ?? agreement.customerCode,
                                    agreement: agreement, progress: item.progress)
        }
    }
}

/// Runs slow work (a report over a million invoices) off the key loop, so the desk keeps
/// answering keys; the result comes back as an event.
public protocol DeskWorkRunner: Sendable {
    func run(_ work: @escaping @Sendable () -> DeskEvent)
}

/// What background work reports back.
public enum DeskEvent: Sendable {
    case agingLoaded(PreparedAgingReport)
    case accountLoaded(code: String, AccountSnapshot?, at: Date)
    case queueLoaded(QueueSnapshot)
    case queueFailed(String)
    case agreementsLoaded([AgreementSummary])
    case failed(String)
}

/// Who is at the desk, on which file, in which language, on which day, under which rules.
public struct DeskContext: Sendable {
    public var databaseName: String
    public var user: String?
    public var language: Language
    public var today: CivilDate
    /// Where `e` writes exports.
    public var exportFolder: String
    /// The desk's zone: times on screen are on its clock.
    public var timeZone: TimeZone
    /// The contact rules (config `contact_rules`).
    public var policy: ContactPolicy
    /// Ranking-only rates (config `rates`).
    public var conversionRates: [Currency: Double]
    /// Now: the queue's instant, the time of a logged call. Tests pin it.
    public var clock: @Sendable () -> Date
    /// Where the desk opens: the queue for a clerk's day, the aging report for an owner's look.
    public var firstScreen: DeskScreen
    /// The acting user's role: what they may approve.
    public var role: Role
    /// Longer agreements need an owner to activate them.
    public var agreementMonthLimit: Int
    /// Whom reminders come from (config `company:`).
    public var company = CompanyDetails()
    /// How e-mail reminders leave (config `mail:`); without a command they go to the outbox.
    public var mail = MailSettings(command: nil, from: MailAddress(address: "cobro@localhost")!)
    /// Where letters, texts and unsent e-mail are filed.
    public var outbox = ReminderDelivery.defaultOutbox()
    /// The templates shipped with Cobro, seeded into a database that lacks them.
    public var shippedTemplates: [ReminderTemplate] = []
    /// The ladder config.yaml sets (`dunning: stages:`), shown read-only; nil: the owner's saved
    /// one, else the SPEC's.
    public var configuredLadder: DunningPolicy?
    public var latePayment = LatePaymentRules.spain
    public var ladderFromConfig: Bool { configuredLadder != nil }

    public init(databaseName: String, user: String?, language: Language, today: CivilDate, exportFolder: String,
                timeZone: TimeZone = .current, policy: ContactPolicy = .standard, conversionRates: [Currency: Double] = [:],
                clock: @escaping @Sendable () -> Date = { Date() }, firstScreen: DeskScreen = .queue, role: Role = .owner,
                agreementMonthLimit: Int = AgreementApproval.defaultMonthLimit) {
        self.databaseName = databaseName
        self.user = user
        self.language = language
        self.today = today
        self.exportFolder = exportFolder
        self.timeZone = timeZone
        self.policy = policy
        self.conversionRates = conversionRates
        self.clock = clock
        self.firstScreen = firstScreen
        self.role = role
        self.agreementMonthLimit = agreementMonthLimit
    }
}

extension PlanCustomer {
    /// The customer of an open account, owing what the account shows.
    init(_ account: AccountSnapshot) {
        self.init(code: account.customer.code, name: account.customer.name,
                  balances: account.balances.map { Money(minorUnits: $0.figures.balance, currency: $0.currency) })
    }
}
