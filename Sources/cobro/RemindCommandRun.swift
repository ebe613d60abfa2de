import CobroDomain
import CobroStore
import CobroTemplates
import Foundation

/// What one `cobro remind` run needs besides the database: the rules, the templates, who the
/// company is, how mail leaves, and whether to write anything at all.
struct RemindSetup {
    var asOf: CivilDate
    /// When the messages are dated and logged.
    var now: Date
    var policy: DunningPolicy
    var latePayment: LatePaymentRules
    var agreementGraceDays: Int
    /// For customers who have no language of their own.
    var language: Language
    var user: String?
    var company: CompanyDetails
    /// How e-mail, letters and texts leave; nil in a dry run (nothing leaves).
    var delivery: ReminderDelivery?
    /// Shipped templates, used for a key the database has no template for.
    var shippedTemplates: [TemplateKey: ReminderTemplate]

    var dryRun: Bool { delivery == nil }
}

/// Renders, delivers and records what is due (SPEC §5 "Dunning stages"), one message at a time.
///
/// Each message is its own transaction around its delivery (`recordReminder`): a run stopped
/// half-way — a full disk, a sendmail outage — keeps what it really sent recorded, and the rest
/// goes on the next run. One transaction for the whole run would roll back the records of
/// messages already in customers' mailboxes, and the next run would send them again.
struct RemindRun {
    let database: CobroDatabase
    let setup: RemindSetup

    func run() throws -> RemindReport {
        let plan = try database.dueReminders(asOf: setup.asOf, policy: setup.policy, agreementGraceDays: setup.agreementGraceDays)
        var report = RemindReport(asOf: setup.asOf, dryRun: setup.dryRun, skipped: plan.skipped)
        var account: AccountSnapshot?
        for message in plan.messages {
            if account?.customer.code != message.customerCode {
                account = try database.account(code: message.customerCode, asOf: setup.asOf)
            }
            guard let account else { continue }
            try send(message, account: account, into: &report)
        }
        report.skipped.sort(by: RemindReport.reportOrder)
        return report
    }

    private func send(_ message: DunningMessage, account: AccountSnapshot, into report: inout RemindReport) throws {
        let language = account.customer.language ?? setup.language
        let key = TemplateKey(stage: message.stage.name, language: language, channel: message.channel)
        func skip(_ reason: DunningSkipReason, _ problem: String) {
            report.skip(message, reason: reason, problem: "\(message.customerCode) \(key): \(problem)")
        }
        guard let template = try database.template(key)?.template ?? setup.shippedTemplates[key] else {
            skip(.template, language == .es ? "no hay plantilla \(key)" : "there is no template \(key)")
            return
        }
        let rendered: RenderedReminder
        do {
            rendered = try ReminderRenderer.render(template, with: TemplateContext(facts(message, account: account), language: language))
        } catch {
            skip(.template, error.message(in: setup.language))
            return
        }
        let numbers = message.invoices.map(\.number)
        // Checked before a dry run reports it as sent: a typo in an address is no address.
        if message.channel == .email, MailAddress(address: account.customer.email?.trimmingCharacters(in: .whitespaces) ?? "") == nil {
            skip(.noEmail, language == .es ? "«\(account.customer.email ?? "")» no es una dirección de correo"
                 : "'\(account.customer.email ?? "")' is not an e-mail address")
            return
        }
        guard let delivery = setup.delivery else {
            report.sent.append(RemindReport.Sent(message: message, file: nil))
            return
        }
        do {
            let note = "\(message.stage.name) (\(message.channel.rawValue)): \(numbers.joined(separator: ", "))"
            let recorded = try database.recordReminder(
                message, text: rendered.body, note: rendered.subject.map { "\(note) — \($0)" } ?? note,
                at: setup.now, sentOn: setup.asOf, user: setup.user
            ) { try delivery.deliver(rendered, to: account.customer, at: setup.now, filedUnder: setup.asOf).file }
            // Nil: another run sent this stage meanwhile; it reports it, not this one.
            if let recorded { report.sent.append(RemindReport.Sent(message: message, file: recorded.file)) }
        } catch let error as DeliveryError {
            if case .noEmailAddress = error { skip(.noEmail, error.message(in: setup.language)) } else {
                skip(.delivery, error.message(in: setup.language))
                report.failed = true
            }
        }
    }

    /// The account's facts for the message's invoices; a stage that claims late payment adds
    /// the interest and compensation of those invoices, when they are in one currency.
    private func facts(_ message: DunningMessage, account: AccountSnapshot) -> ReminderFacts {
        let open = Dictionary(account.openInvoices.map { ($0.number, $0) }, uniquingKeysWith: { first, _ in first })
        let invoices = message.invoices.compactMap { open[$0.number] }
        var facts = ReminderFacts(account: account, invoices: invoices, agreementGraceDays: setup.agreementGraceDays,
                                  clerkName: nil, company: setup.company)
        if message.stage.claimsLatePayment {
            let claims = invoices.compactMap { setup.latePayment.claim(open: $0.open, dueDate: $0.dueDate, asOf: setup.asOf) }
            facts.lateInterest = RemindRun.total(claims.filter { !$0.periods.isEmpty }.map(\.interest))
            facts.compensation = RemindRun.total(claims.compactMap(\.compensation))
        }
        return facts
    }

    /// The sum when every amount is in one currency and it is not zero; nil otherwise, so the
    /// template leaves the sentence out rather than add currencies together.
    static func total(_ amounts: [Money]) -> Money? {
        guard let first = amounts.first, amounts.allSatisfy({ $0.currency == first.currency }) else { return nil }
        let sum = amounts.dropFirst().reduce(first, +)
        return sum.isZero ? nil : sum
    }
}
