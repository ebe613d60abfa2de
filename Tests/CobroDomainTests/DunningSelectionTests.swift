import CobroDomain
import Testing

enum DunningFixture {
    static let asOf = CivilDate(iso: "2026-11-23")!

    /// An invoice `daysPastDue` days past due on `asOf`, open for `open` cents of euro.
    static func invoice(_ number: String, daysPastDue: Int, open: Int64 = 10_000, currency: Currency = .EUR,
                        disputed: Bool = false, sent: [(String, ContactChannel)] = []) -> DunningInvoice {
        DunningInvoice(number: number, dueDate: asOf.adding(days: -daysPastDue), open: Money(minorUnits: open, currency: currency),
                       disputed: disputed, sent: Set(sent.map { SentReminder(stage: $0.0, channel: $0.1) }))
    }

    static func plan(_ invoices: [DunningInvoice], status: CustomerStatus = .active, hasEmail: Bool = true,
                     agreement: Bool = false, policy: DunningPolicy = .standard) -> DunningPlan {
        policy.plan(for: DunningAccount(customerCode: "C001", status: status, hasEmail: hasEmail, agreementUpToDate: agreement,
                                        invoices: invoices), asOf: asOf)
    }

    /// `stage/channel:F-1,F-2` per message, in the plan's order.
    static func sent(_ plan: DunningPlan) -> [String] {
        plan.messages.map { "\($0.stage.name)/\($0.channel.rawValue):\($0.invoices.map(\.number).joined(separator: ","))" }
    }

    static func skipped(_ plan: DunningPlan) -> [String] {
        plan.skipped.map { "\($0.invoiceNumber):\($0.reason.rawValue)" }
    }
}

@Suite("Dunning stages (SPEC §5): which reminder each open invoice is due")
struct DunningSelectionTests {
    typealias F = DunningFixture

    @Test("the default ladder: courtesy −3 email, first 7, second 21 email, final 45 email and letter, demand 75 letter")
    func defaultLadder() {
        let stages = DunningPolicy.standard.stages
        #expect(stages.map(\.name) == ["courtesy", "first", "second", "final", "demand"])
        #expect(stages.map(\.days) == [-3, 7, 21, 45, 75])
        #expect(stages.map(\.channels) == [[.email], [.email], [.email], [.email, .letter], [.letter]])
    }

    @Test("each stage is reached on its day, not the day before",
          arguments: [(-4, nil), (-3, "courtesy"), (6, nil), (7, "first"), (20, nil), (21, "second"),
                      (44, nil), (45, "final"), (74, nil), (75, "demand")] as [(Int, String?)])
    func stageThresholds(days: Int, stage: String?) {
        // Each run is the first after the previous stage was sent, so only a new stage goes out.
        let previous = DunningPolicy.standard.stages.last { $0.days < days }
        let sent = previous.map { stage in stage.channels.map { (stage.name, $0) } } ?? []
        let plan = F.plan([F.invoice("F-1", daysPastDue: days, sent: sent)])
        #expect(plan.messages.map(\.stage.name).first == stage)
    }

    @Test("only the latest stage reached is sent: a run after missed days catches up without the stages between")
    func latestStageOnly() {
        #expect(F.sent(F.plan([F.invoice("F-1", daysPastDue: 30)])) == ["second/email:F-1"])
        #expect(F.sent(F.plan([F.invoice("F-1", daysPastDue: 50, sent: [("first", .email)])])) == ["final/email:F-1", "final/letter:F-1"])
        #expect(F.sent(F.plan([F.invoice("F-1", daysPastDue: 200)])) == ["demand/letter:F-1"])
    }

    @Test("courtesy goes only while the invoice is not yet due")
    func courtesyOnlyBeforeDue() {
        #expect(F.sent(F.plan([F.invoice("F-1", daysPastDue: -3)])) == ["courtesy/email:F-1"])
        #expect(F.sent(F.plan([F.invoice("F-1", daysPastDue: -1)])) == ["courtesy/email:F-1"])
        #expect(F.sent(F.plan([F.invoice("F-1", daysPastDue: 0)])).isEmpty)
        #expect(F.sent(F.plan([F.invoice("F-1", daysPastDue: 5)])).isEmpty)
        #expect(F.plan([F.invoice("F-1", daysPastDue: 5)]).skipped.isEmpty)
    }

    @Test("a stage is never sent twice for the same invoice and channel; an unsent channel of it still goes")
    func neverTwice() {
        #expect(F.sent(F.plan([F.invoice("F-1", daysPastDue: 30, sent: [("second", .email)])])).isEmpty)
        #expect(F.sent(F.plan([F.invoice("F-1", daysPastDue: 50, sent: [("final", .email), ("final", .letter)])])).isEmpty)
        #expect(F.sent(F.plan([F.invoice("F-1", daysPastDue: 50, sent: [("final", .email)])])) == ["final/letter:F-1"])
        // The latest stage was sent: earlier stages never sent are not sent late.
        #expect(F.sent(F.plan([F.invoice("F-1", daysPastDue: 80, sent: [("demand", .letter)])])).isEmpty)
    }

    @Test("one message per stage and channel covers all the customer's invoices at that stage, by due date")
    func oneMessagePerStageAndChannel() {
        let plan = F.plan([F.invoice("F-3", daysPastDue: 25), F.invoice("F-1", daysPastDue: 30), F.invoice("F-2", daysPastDue: 8),
                           F.invoice("F-4", daysPastDue: 46), F.invoice("F-5", daysPastDue: 26, currency: .USD)])
        #expect(F.sent(plan) == ["first/email:F-2", "second/email:F-1,F-5,F-3", "final/email:F-4", "final/letter:F-4"])
    }

    @Test("a disputed invoice is skipped as disputed; the customer's other invoices still go")
    func disputed() {
        let plan = F.plan([F.invoice("F-1", daysPastDue: 30, disputed: true), F.invoice("F-2", daysPastDue: 30)])
        #expect(F.sent(plan) == ["second/email:F-2"])
        #expect(F.skipped(plan) == ["F-1:disputed"])
    }

    @Test("customers in status legal, agency or written_off are skipped with reason status; suspended ones are reminded",
          arguments: [CustomerStatus.legal, .agency, .writtenOff])
    func outOfDeskStatus(status: CustomerStatus) {
        let plan = F.plan([F.invoice("F-1", daysPastDue: 30), F.invoice("F-2", daysPastDue: 3)], status: status)
        #expect(plan.messages.isEmpty)
        #expect(F.skipped(plan) == ["F-1:status"])
        #expect(F.sent(F.plan([F.invoice("F-1", daysPastDue: 30)], status: .suspended)) == ["second/email:F-1"])
    }

    @Test("a customer keeping an active agreement is skipped with reason agreement")
    func agreement() {
        let plan = F.plan([F.invoice("F-1", daysPastDue: 50)], agreement: true)
        #expect(plan.messages.isEmpty)
        #expect(F.skipped(plan) == ["F-1:agreement"])
    }

    @Test("no_email skips the e-mail of a customer without an address; its letter still goes")
    func noEmail() {
        let plan = F.plan([F.invoice("F-1", daysPastDue: 50), F.invoice("F-2", daysPastDue: 30)], hasEmail: false)
        #expect(F.sent(plan) == ["final/letter:F-1"])
        #expect(F.skipped(plan) == ["F-1:no_email", "F-2:no_email"])
    }

    @Test("do_not_call stops calls only: the account model has no say in reminders")
    func doNotCallDoesNotStopReminders() {
        // DunningAccount has no do-not-call flag on purpose; the store test checks a flagged customer is reminded.
        #expect(F.sent(F.plan([F.invoice("F-1", daysPastDue: 8)])) == ["first/email:F-1"])
    }

    @Test("an invoice with nothing open is not reminded")
    func nothingOpen() {
        #expect(F.plan([F.invoice("F-1", daysPastDue: 30, open: 0)]).messages.isEmpty)
    }

    @Test("the owner's ladder is data: other days and channels, checked")
    func ownersLadder() throws {
        let policy = try DunningPolicy(stages: [DunningStage(name: "late", days: 10, channels: [.sms, .email]),
                                                DunningStage(name: "early", days: -5, channels: [.email])])
        #expect(policy.stages.map(\.name) == ["early", "late"])
        #expect(F.sent(F.plan([F.invoice("F-1", daysPastDue: 12)], policy: policy)) == ["late/sms:F-1", "late/email:F-1"])
        #expect(throws: DunningPolicyError.duplicateName("a")) {
            try DunningPolicy(stages: [DunningStage(name: "a", days: 1, channels: [.email]), DunningStage(name: "a", days: 2, channels: [.email])])
        }
        #expect(throws: DunningPolicyError.badChannels("a")) { try DunningPolicy(stages: [DunningStage(name: "a", days: 1, channels: [.call])]) }
        #expect(throws: DunningPolicyError.sameDays(["a", "b"])) {
            try DunningPolicy(stages: [DunningStage(name: "b", days: 1, channels: [.email]), DunningStage(name: "a", days: 1, channels: [.letter])])
        }
    }
}
