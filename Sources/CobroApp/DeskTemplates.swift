import CobroDomain
import CobroStore
import CobroTemplates
import Foundation
import TemplatesScreen

/// The templates screen's view of the store and the renderer: templates read and saved through
/// `DeskData`, filled in with CobroTemplates, delivered as `cobro remind` delivers them
/// (`ReminderDelivery`) and logged with their reminder_sent rows in one transaction.
struct DeskTemplates: TemplateDesk {
    let data: any DeskData
    let context: DeskContext

    func templates() throws -> [TemplateEntry] { try data.reminderTemplates() }

    func customer(code: String) throws -> TemplateCustomer? {
        try data.account(code: code, asOf: context.today).map {
            TemplateCustomer(code: $0.customer.code, name: $0.customer.name, language: $0.customer.language)
        }
    }

    func problems(in template: ReminderTemplate, language: Language) -> [TemplateProblem] {
        ReminderRenderer.problems(in: template).map {
            TemplateProblem(isSubject: $0.part == .subject, line: $0.problem.line, message: $0.message(in: language))
        }
    }

    func preview(_ template: ReminderTemplate, customerCode: String, language: Language) -> TemplatePreview {
        do {
            let (_, rendered, invoices) = try fill(template, customerCode: customerCode, language: language)
            return .rendered(subject: rendered.subject, body: rendered.body, invoices: invoices.map(\.number))
        } catch {
            return .refused(Self.text(of: error, in: language))
        }
    }

    func save(_ template: ReminderTemplate) throws {
        guard context.role == .owner else { throw TemplateDeskRefusal(DeskTemplateStrings(context.language).ownerOnly) }
        try data.saveTemplate(template, user: context.user, at: context.clock())
    }

    func send(_ template: ReminderTemplate, customerCode: String, route: ReminderRoute, language: Language) throws -> String {
        let text = DeskTemplateStrings(language)
        let (account, rendered, invoices) = try fill(template, customerCode: customerCode, language: language)
        let key = template.key
        if key.channel == .email, MailAddress(address: account.customer.email?.trimmingCharacters(in: .whitespaces) ?? "") == nil {
            throw TemplateDeskRefusal(text.noEmail(account.customer.code, account.customer.email))
        }
        // Saving to the outbox never runs the mail command: the file is the point.
        let mail = route == .outbox ? MailSettings(command: nil, from: context.mail.from) : context.mail
        let delivery = ReminderDelivery(mail: mail, outbox: context.outbox, timeZone: context.timeZone)
        let stage = try dunningLadder().policy.stage(named: key.stage) ?? DunningStage(name: key.stage, days: 0, channels: [key.channel])
        let message = DunningMessage(customerCode: account.customer.code, stage: stage, channel: key.channel, invoices: invoices.map {
            DunningInvoice(number: $0.number, dueDate: $0.dueDate, open: $0.open, disputed: $0.disputed)
        })
        let numbers = invoices.map(\.number).joined(separator: ", ")
        let note = "\(key.stage) (\(key.channel.rawValue)): \(numbers)" + (rendered.subject.map { " — \($0)" } ?? "")
        let now = context.clock()
        do {
            guard let logged = try data.logReminder(message, text: rendered.body, note: note, at: now, sentOn: context.today, user: context.user,
                                                    deliver: { try delivery.deliver(rendered, to: account.customer, at: now, filedUnder: context.today).file })
            else { throw TemplateDeskRefusal(text.alreadySent(key.stage)) }
            return logged.file.map(text.filed) ?? text.mailed(account.customer.email ?? "")
        } catch let error as DeliveryError {
            throw TemplateDeskRefusal(error.message(in: language))
        }
    }

    /// config.yaml's ladder when it sets one, else the owner's saved one, else the SPEC's; with
    /// the late-payment figures the desk and `cobro remind` claim.
    func dunningLadder() throws -> DunningLadder {
        let rules = context.latePayment
        if let configured = context.configuredLadder { return DunningLadder(policy: configured, source: .config, latePayment: rules) }
        guard let saved = try data.savedDunningPolicy() else { return DunningLadder(policy: .standard, source: .standard, latePayment: rules) }
        return DunningLadder(policy: saved, source: .saved, latePayment: rules)
    }

    var today: CivilDate { context.today }

    func saveLadder(_ policy: DunningPolicy) throws {
        guard context.role == .owner, !context.ladderFromConfig else { throw TemplateDeskRefusal(DeskTemplateStrings(context.language).ladderOwnerOnly) }
        try data.saveDunningPolicy(policy, user: context.user, at: context.clock())
    }

    /// The account, the template filled in with it, and the invoices it speaks of.
    private func fill(_ template: ReminderTemplate, customerCode: String, language: Language) throws
        -> (AccountSnapshot, RenderedReminder, [OpenInvoice]) {
        let text = DeskTemplateStrings(language)
        guard let account = try data.account(code: customerCode, asOf: context.today) else {
            throw TemplateDeskRefusal(text.noCustomer(customerCode))
        }
        let invoices = try Self.invoices(of: account, stage: template.key.stage, text: text)
        var facts = ReminderFacts(account: account, invoices: invoices, agreementGraceDays: context.policy.agreementGraceDays,
                                  clerkName: context.user, company: context.company)
        if try dunningLadder().policy.stage(named: template.key.stage)?.claimsLatePayment == true {
            let claims = invoices.compactMap { context.latePayment.claim(open: $0.open, dueDate: $0.dueDate, asOf: context.today) }
            facts.lateInterest = Self.total(claims.filter { !$0.periods.isEmpty }.map(\.interest))
            facts.compensation = Self.total(claims.compactMap(\.compensation))
        }
        let rendered = try ReminderRenderer.render(template, with: TemplateContext(facts, language: template.key.language))
        return (account, rendered, invoices)
    }

    /// The invoices a reminder speaks of: the open, undisputed overdue ones (for the courtesy
    /// stage, those not yet due); refused with the reason when there are none.
    static func invoices(of account: AccountSnapshot, stage: String, text: DeskTemplateStrings) throws -> [OpenInvoice] {
        let beforeDue = stage == TemplateStage.courtesy
        let candidates = account.openInvoices.filter { beforeDue ? $0.daysPastDue <= 0 : $0.daysPastDue > 0 }
        let chosen = candidates.filter { !$0.disputed }
        guard chosen.isEmpty else { return chosen }
        if !candidates.isEmpty { throw TemplateDeskRefusal(text.allDisputed(account.customer.code)) }
        throw TemplateDeskRefusal(beforeDue ? text.nothingComingDue(account.customer.code) : text.nothingOverdue(account.customer.code))
    }

    /// The sum when every amount is in one currency and it is not zero (as `cobro remind`).
    private static func total(_ amounts: [Money]) -> Money? {
        guard let first = amounts.first, amounts.allSatisfy({ $0.currency == first.currency }) else { return nil }
        let sum = amounts.dropFirst().reduce(first, +)
        return sum.isZero ? nil : sum
    }

    private static func text(of error: any Error, in language: Language) -> String {
        if let problem = error as? TemplateError { return problem.message(in: language) }
        return "\(error)"
    }
}

extension TemplateError.Problem {
    /// The line the problem is on, when it has one.
    var line: Int? {
        switch self {
        case .unclosedTag(let line), .emptyTag(let line), .syntax(let line, _), .unknownField(_, let line), .listAsText(_, let line),
             .unsupportedTag(_, let line), .unbalancedSection(_, let line):
            return line
        case .missingSubject, .missingField: return nil
        }
    }
}

/// The desk's refusals about reminders, in Spanish and English.
struct DeskTemplateStrings {
    let language: Language
    init(_ language: Language) { self.language = language }

    private func pick(_ es: String, _ en: String) -> String { language == .es ? es : en }

    var ownerOnly: String { pick("Solo un propietario puede guardar plantillas.", "Only an owner can save templates.") }
    var ladderOwnerOnly: String {
        pick("Solo un propietario puede cambiar la escalera, y no si la fija config.yaml.", "Only an owner can change the ladder, and not when config.yaml sets it.")
    }
    func noCustomer(_ code: String) -> String { pick("No hay ningún cliente con el código \(code).", "There is no customer with code \(code).") }
    func noEmail(_ code: String, _ address: String?) -> String {
        guard let address, !address.isEmpty else { return pick("\(code) no tiene correo electrónico.", "\(code) has no e-mail address.") }
        return pick("«\(address)» no es una dirección de correo (\(code)).", "'\(address)' is not an e-mail address (\(code)).")
    }
    func allDisputed(_ code: String) -> String {
        pick("Todas las facturas de \(code) para este aviso están en disputa.", "Every invoice of \(code) for this reminder is disputed.")
    }
    func nothingOverdue(_ code: String) -> String { pick("\(code) no tiene facturas vencidas.", "\(code) has no overdue invoice.") }
    func nothingComingDue(_ code: String) -> String {
        pick("\(code) no tiene facturas pendientes aún sin vencer.", "\(code) has no open invoice that is not yet due.")
    }
    func alreadySent(_ stage: String) -> String {
        pick("Este aviso (\(stage)) ya se envió por este canal para estas facturas.", "This reminder (\(stage)) was already sent on this channel for these invoices.")
    }
    func filed(_ path: String) -> String { pick("Enviado y anotado: \(path)", "Sent and logged: \(path)") }
    func mailed(_ address: String) -> String { pick("Enviado por correo a \(address) y anotado.", "E-mailed to \(address) and logged.") }
}
