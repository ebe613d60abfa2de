import CobroDomain

/// One contact-log entry of a demo customer, before the writer gives it its row id.
struct DemoContactEntry {
    /// Seconds since 1970, UTC.
    var at: Int64
    var channel: ContactChannel
    var direction: ContactDirection = .outbound
    var outcome: ContactOutcome
    var user: String?
    /// An index into the customer's contact people.
    var contactIndex: Int?
    var note: String?
    var nextAction: String?
    /// Seconds since 1970, UTC.
    var callbackAt: Int64?
    /// The index of the earlier entry of the same customer this one corrects.
    var corrects: Int?
    var promise: DemoPromise?
}

struct DemoPromise {
    var amount: Int64
    var currency: Currency
    var date: CivilDate
}

/// A customer's contact history over the last months (up to six for the worst payers), as the
/// desk would have left it.
///
/// Customers who owe are called at plausible local hours (09:00–20:00, Monday to Saturday, on
/// their own clock), at most once a day and never again within the seven days that start with
/// a conversation unless a callback or a promise asks for it (SPEC §5 contact limits); they get
/// e-mails and letters too. Promises are kept (a payment arrives before their date) or broken
/// (a follow-up call after the grace days). The history ends in one of the states the call queue
/// knows: a callback due today or overdue, a broken promise nobody has followed up, a promise due
/// today or later, or nothing pending.
struct DemoHistoryBuilder {
    let today: CivilDate
    let region: DemoRegion
    let language: Language
    let habit: DemoHabit
    let status: CustomerStatus
    let doNotCall: Bool
    let contactCount: Int
    let offsets: DemoZoneOffsets
    private(set) var documents: [DemoDocument]
    private(set) var payments: [DemoPayment]
    private(set) var entries: [DemoContactEntry] = []
    private(set) var agreement: DemoAgreement?

    static let clerks = ["ana", "luis", "marta"]
    /// How far back the longest histories reach: six months of calls on the worst payers.
    static let historyDays = 180
    static let graceDays = ContactPolicy.standard.promiseGraceDays

    private var clerk = "ana"
    /// What the customer owes in the currency the desk chases, net of what promises brought in.
    private var currency = Currency.EUR
    private var owed: Int64 = 0
    /// The first day a call is allowed again after a conversation.
    private var callableFrom: CivilDate
    private var keptPayments = 0

    init(today: CivilDate, region: DemoRegion, language: Language, habit: DemoHabit, status: CustomerStatus,
         doNotCall: Bool, contactCount: Int, offsets: DemoZoneOffsets, documents: [DemoDocument], payments: [DemoPayment]) {
        self.today = today
        self.region = region
        self.language = language
        self.habit = habit
        self.status = status
        self.doNotCall = doNotCall
        self.contactCount = contactCount
        self.offsets = offsets
        self.documents = documents
        self.payments = payments
        callableFrom = today.adding(days: -400)
    }

    private enum Ending { case nothing, callbackToday, callbackOverdue, brokenPromise, promiseDueToday, futurePromise, agreement }

    mutating func build(_ random: inout DemoRandom) {
        clerk = random.weighted([("ana", 40), ("luis", 35), ("marta", 25)])
        guard let (currency, owed) = largestOverdue() else {
            // Good payers: now and then a reminder, or a call that found the money on its way.
            if random.chance(perMille: habit == .punctual ? 60 : 150) { courtesyContact(&random) }
            return
        }
        self.currency = currency
        self.owed = owed
        if !status.isWorkedByDesk {
            handedOver(&random)
            return
        }
        if doNotCall {
            writtenOnly(&random)
            return
        }
        let historyDays: Int = switch habit {
        case .punctual: random.int(in: 10...40)
        case .slow: random.int(in: 40...110)
        case .struggling: random.int(in: 90...150)
        case .delinquent: random.int(in: 120...Self.historyDays)
        }
        let ending: Ending = habit == .punctual
            ? random.weighted([(.nothing, 85), (.futurePromise, 10), (.callbackToday, 5)])
            : random.weighted([(.nothing, 56), (.callbackToday, 10), (.callbackOverdue, 3), (.brokenPromise, 11),
                               (.promiseDueToday, 9), (.futurePromise, 11), (.agreement, 7)])
        let start = today.adding(days: -historyDays)
        switch ending {
        case .nothing:
            history(from: start, until: today, holdMayOutlast: true, &random)
        case .callbackToday:
            let asked = workday(onOrBefore: today.adding(days: -random.int(in: 1...5)))
            history(from: start, until: asked, holdMayOutlast: false, &random)
            askForCallback(on: asked, callbackDay: today, &random)
        case .callbackOverdue:
            let due = workday(onOrBefore: today.adding(days: -1))
            let asked = workday(onOrBefore: due.adding(days: -random.int(in: 1...4)))
            history(from: start, until: asked, holdMayOutlast: false, &random)
            askForCallback(on: asked, callbackDay: due, &random)
        case .brokenPromise:
            let date = today.adding(days: -random.int(in: 7...20))
            let made = workday(onOrBefore: date.adding(days: -random.int(in: 2...10)))
            history(from: start, until: made, holdMayOutlast: false, &random)
            promise(on: made, date: date, kept: false, &random)
            // The dunning run keeps writing; nobody has called since.
            if random.chance(perMille: 400) { written(on: workday(onOrAfter: date.adding(days: 3)), &random) }
        case .promiseDueToday:
            let made = workday(onOrBefore: today.adding(days: -random.int(in: 2...9)))
            history(from: start, until: made, holdMayOutlast: false, &random)
            promise(on: made, date: today, kept: false, &random)
        case .futurePromise:
            let made = workday(onOrBefore: today.adding(days: -random.int(in: 1...6)))
            history(from: start, until: made, holdMayOutlast: false, &random)
            promise(on: made, date: today.adding(days: random.int(in: 2...14)), kept: false, &random)
        case .agreement:
            agree(from: start, &random)
        }
        if keptPayments > 0 {
            payments = payments.enumerated().sorted { lhs, rhs in
                lhs.element.date != rhs.element.date ? lhs.element.date < rhs.element.date : lhs.offset < rhs.offset
            }.map(\.element)
        }
    }

    // MARK: - The months of calls

    /// Calls, e-mails and letters from `start` up to (not including) `end`. Every callback asked
    /// for is returned and every promise kept or followed up before `end`; a conversation holds
    /// calls past `end` only when `holdMayOutlast`.
    private mutating func history(from start: CivilDate, until end: CivilDate, holdMayOutlast: Bool, _ random: inout DemoRandom) {
        var day = workday(onOrAfter: start)
        // The dunning run's first letter or e-mail usually opens the file.
        if random.chance(perMille: 600), day < end {
            written(on: day, &random)
            day = workday(onOrAfter: day.adding(days: random.int(in: 2...5)))
        }
        while day < end {
            if day < callableFrom {
                if random.chance(perMille: 300) {
                    let writeDay = workday(onOrAfter: day.adding(days: random.int(in: 0...3)))
                    if writeDay < end { written(on: writeDay, &random) }
                }
                day = workday(onOrAfter: callableFrom)
                continue
            }
            let roomForHold = holdMayOutlast || day.adding(days: 7) <= end
            switch random.below(100) {
            case 0..<12:
                written(on: day, &random)
                day = workday(onOrAfter: day.adding(days: random.int(in: 1...4)))
            case 12..<55:
                call(on: day, outcome: random.weighted([(.noAnswer, 55), (.voicemail, 30), (.wrongNumber, 5), (.other, 10)]), &random)
                day = workday(onOrAfter: day.adding(days: random.int(in: 1...4)))
            case 55..<70 where roomForHold:
                call(on: day, outcome: random.weighted([(.rightParty, 45), (.dispute, 15), (.refused, 20), (.paid, 20)]), &random)
                day = workday(onOrAfter: day.adding(days: random.int(in: 7...10)))
            case 70..<85 where day.adding(days: 14) <= end && owed > 0:
                let date = day.adding(days: random.int(in: 3...8))
                let kept = random.chance(perMille: habit == .delinquent ? 350 : 600)
                promise(on: day, date: date, kept: kept, &random)
                // Kept: nothing to chase until the hold ends. Broken: called once it is broken.
                let next = kept ? max(day.adding(days: 7), date.adding(days: 1)) : date.adding(days: Self.graceDays + 1)
                day = workday(onOrAfter: next.adding(days: random.int(in: 0...2)))
            case 85..<100 where day.adding(days: 11) <= end:
                let callbackDay = workday(onOrAfter: day.adding(days: random.int(in: 1...2)))
                let callbackAt = askForCallback(on: day, callbackDay: callbackDay, &random)
                // The clerk calls back at the time asked, a minute or two late.
                let outcome: ContactOutcome = random.weighted([(.rightParty, 40), (.noAnswer, 25), (.paid, 10), (.refused, 10), (.voicemail, 15)])
                call(at: callbackAt + Int64(random.int(in: 0...240)), outcome: outcome, &random)
                if outcome.isRightPartyConversation { callableFrom = callbackDay.adding(days: 7) }
                day = workday(onOrAfter: callbackDay.adding(days: outcome.isRightPartyConversation ? random.int(in: 7...9) : random.int(in: 1...3)))
            default:
                call(on: day, outcome: random.weighted([(.noAnswer, 60), (.voicemail, 40)]), &random)
                day = workday(onOrAfter: day.adding(days: random.int(in: 1...3)))
            }
        }
    }

    /// A payment plan agreed in a call, in one of the states an agreement can be in today. The
    /// history stops at the call for plans still running (nobody has called since; a broken one
    /// waits in the queue), and goes on after plans that ended.
    private mutating func agree(from start: CivilDate, _ random: inout DemoRandom) {
        let state = random.weighted([(DemoAgreementState.upToDate, 30), (.late, 15), (.broken, 25), (.completed, 15), (.cancelled, 15)])
        let frequency = random.weighted([(InstallmentFrequency.monthly, 60), (.biweekly, 25), (.weekly, 15)])
        let builder = DemoAgreementBuilder(today: today, region: region, offsets: offsets, language: language)
        let (day, first) = builder.dates(for: state, frequency: frequency, &random)
        history(from: start, until: day, holdMayOutlast: false, &random)
        let agreedAt = callTime(on: day, &random)
        let clerk = user(&random)
        append(DemoContactEntry(
            at: agreedAt, channel: .call, outcome: .rightParty, user: clerk, contactIndex: person(perMille: 750, &random),
            note: language == .en ? "Agreed a payment plan." : "Acordamos un plan de pagos."), &random)
        callableFrom = max(callableFrom, day.adding(days: 7))
        agreement = builder.make(state, day: day, first: first, frequency: frequency, currency: currency, owed: owed, agreedAt: agreedAt,
                                 clerk: clerk, documents: documents, payments: &payments, &random)
        keptPayments += 1
        guard state == .completed || state == .cancelled else { return }
        if agreement != nil, state == .completed { owed = 0 }
        history(from: max(day.adding(days: 8), callableFrom), until: today, holdMayOutlast: true, &random)
    }

    /// A call at a plausible local time on `day`.
    private mutating func call(on day: CivilDate, outcome: ContactOutcome, _ random: inout DemoRandom) {
        call(at: callTime(on: day, &random), outcome: outcome, &random)
    }

    private mutating func call(at instant: Int64, outcome: ContactOutcome, _ random: inout DemoRandom) {
        let spoke = outcome.isRightPartyConversation
        // Customers sometimes ring the desk themselves, with the money or a complaint.
        let inbound = (outcome == .paid || outcome == .dispute) && random.chance(perMille: 300)
        var entry = DemoContactEntry(
            at: instant, channel: .call, direction: inbound ? .inbound : .outbound, outcome: outcome,
            user: user(&random), contactIndex: spoke ? person(perMille: 700, &random) : nil,
            note: random.chance(perMille: 850) ? DemoContactNotes.note(outcome, language, &random) : nil)
        if random.chance(perMille: 250) { entry.nextAction = DemoContactNotes.nextAction(outcome, language, &random) }
        if spoke {
            callableFrom = max(callableFrom, CivilDate(daysSinceEpoch: Int(floorDays(instant, in: region))).adding(days: 7))
        }
        append(entry, &random)
    }

    /// A promise made in a call on `day`, due on `date`: kept by a payment in its window, or not.
    private mutating func promise(on day: CivilDate, date: CivilDate, kept: Bool, _ random: inout DemoRandom) {
        let share = DemoAmounts.part(of: max(owed, 2), currency: currency, &random)
        // A kept promise pays a part: the account still owes, as the ones the desk calls do.
        let full = !kept && (random.chance(perMille: 350) || share <= 0)
        var amount = full ? max(owed, 1) : max(share, 1)
        // Payments already in the window would keep a promise meant to be open: this one is
        // for more than they bring (a customer who paid part and promised the rest).
        let lastDay = date.adding(days: Self.graceDays)
        let alreadyPaid = payments.reduce(Int64(0)) { sum, payment in
            payment.currency == currency && payment.date >= day && payment.date <= min(lastDay, today) ? sum + payment.amount : sum
        }
        if !kept { amount += alreadyPaid }
        let instant = callTime(on: day, &random)
        append(DemoContactEntry(
            at: instant, channel: .call, outcome: .promise, user: user(&random), contactIndex: person(perMille: 750, &random),
            note: DemoContactNotes.promiseNote(language, date: date, &random), promise: DemoPromise(amount: amount, currency: currency, date: date)),
            &random)
        callableFrom = max(callableFrom, day.adding(days: 7))
        guard kept else { return }
        // Paid between the day after the call and the promised date, never after today.
        let paidOn = min(today, day.adding(days: random.int(in: 1...max(1, date.days(since: day)))))
        let openInvoices = documents.indices.filter {
            documents[$0].currency == currency && !documents[$0].isCreditNote && !documents[$0].disputed && documents[$0].dueDate < day
        }
        let target = !openInvoices.isEmpty && random.chance(perMille: 500) ? random.pick(openInvoices) : nil
        payments.append(DemoPayment(date: paidOn, amount: amount, currency: currency, method: .transfer,
                                    documentIndex: target, hasReference: true))
        keptPayments += 1
        owed = max(0, owed - amount)
    }

    /// A call on `day` in which the customer asks to be called back on `callbackDay` (local
    /// 10:00–18:00); returns when.
    @discardableResult
    private mutating func askForCallback(on day: CivilDate, callbackDay: CivilDate, _ random: inout DemoRandom) -> Int64 {
        let minute = callbackDay.isSaturday ? random.int(in: 10...12) * 60 : random.int(in: 10...17) * 60
        let callbackAt = offsets.instant(callbackDay, minute: minute + random.pick([0, 0, 15, 30, 30, 45]), in: region)
        append(DemoContactEntry(
            at: callTime(on: day, &random), channel: .call, outcome: .callback, user: user(&random),
            contactIndex: person(perMille: 700, &random), note: DemoContactNotes.note(.callback, language, &random),
            nextAction: DemoContactNotes.nextAction(.callback, language, &random), callbackAt: callbackAt), &random)
        callableFrom = max(callableFrom, day.adding(days: 7))
        return callbackAt
    }

    /// An e-mail or letter from the desk, or now and then the customer's reply.
    private mutating func written(on day: CivilDate, _ random: inout DemoRandom) {
        let letter = random.chance(perMille: habit == .delinquent ? 450 : 250)
        let reply = !letter && random.chance(perMille: 150)
        let outcome: ContactOutcome = reply ? random.weighted([(.dispute, 40), (.paid, 35), (.other, 25)]) : .other
        append(DemoContactEntry(
            at: offsets.instant(day, minute: random.int(in: 8 * 60...19 * 60), second: random.below(60), in: region),
            channel: letter ? .letter : .email, direction: reply ? .inbound : .outbound, outcome: outcome,
            user: letter && random.chance(perMille: 500) ? nil : user(&random),
            contactIndex: reply ? person(perMille: 600, &random) : nil,
            note: DemoContactNotes.writtenNote(letter: letter, reply: reply ? outcome : nil, language, &random)), &random)
    }

    // MARK: - Customers the desk does not call

    private mutating func courtesyContact(_ random: inout DemoRandom) {
        let day = workday(onOrBefore: today.adding(days: -random.int(in: 8...60)))
        if random.chance(perMille: 500) || doNotCall || !status.isWorkedByDesk {
            written(on: day, &random)
        } else {
            call(on: day, outcome: random.weighted([(.paid, 50), (.rightParty, 30), (.voicemail, 20)]), &random)
        }
    }

    /// Accounts with lawyers, an agency or written off: the last letters before the hand-over.
    private mutating func handedOver(_ random: inout DemoRandom) {
        for _ in 0..<random.int(in: 0...2) {
            let day = workday(onOrBefore: today.adding(days: -random.int(in: 20...62)))
            append(DemoContactEntry(
                at: offsets.instant(day, minute: random.int(in: 9 * 60...18 * 60), second: random.below(60), in: region),
                channel: .letter, outcome: .other, user: user(&random),
                note: DemoContactNotes.handOverNote(status, language, &random)), &random)
        }
        entries.sort { $0.at < $1.at }
    }

    /// Do-not-call customers only get written to.
    private mutating func writtenOnly(_ random: inout DemoRandom) {
        var day = workday(onOrAfter: today.adding(days: -random.int(in: 30...60)))
        for _ in 0..<random.int(in: 1...4) where day < today {
            written(on: day, &random)
            day = workday(onOrAfter: day.adding(days: random.int(in: 7...15)))
        }
    }

    // MARK: - Pieces

    /// Appends an entry, and now and then the clerk's correction of it a few minutes later.
    private mutating func append(_ entry: DemoContactEntry, _ random: inout DemoRandom) {
        entries.append(entry)
        // Only outcomes that change nothing for the queue's limits get corrected: a voicemail
        // logged as no answer, a wrong number that was only unanswered.
        let replacement: ContactOutcome? = switch entry.outcome {
        case .noAnswer: .voicemail
        case .voicemail: .noAnswer
        case .wrongNumber, .other: .noAnswer
        default: nil
        }
        guard entry.channel == .call, let replacement, random.chance(perMille: 40) else { return }
        var correction = entry
        correction.at = entry.at + Int64(random.int(in: 60...1_800))
        correction.outcome = replacement
        correction.corrects = entries.count - 1
        correction.nextAction = nil
        correction.note = DemoContactNotes.correctionNote(was: entry.outcome, now: replacement, language)
        entries.append(correction)
    }

    /// A local time inside the desk's calling window: 09:00–20:00, Saturdays mornings only.
    private func callTime(on day: CivilDate, _ random: inout DemoRandom) -> Int64 {
        let minute = day.isSaturday ? random.int(in: 9 * 60...13 * 60 + 59) : random.int(in: 9 * 60...19 * 60 + 59)
        return offsets.instant(day, minute: minute, second: random.below(60), in: region)
    }

    private func user(_ random: inout DemoRandom) -> String {
        random.chance(perMille: 800) ? clerk : random.pick(Self.clerks)
    }

    private func person(perMille: Int, _ random: inout DemoRandom) -> Int? {
        contactCount > 0 && random.chance(perMille: perMille) ? random.below(contactCount) : nil
    }

    private func workday(onOrAfter day: CivilDate) -> CivilDate { day.isSunday ? day.adding(days: 1) : day }
    private func workday(onOrBefore day: CivilDate) -> CivilDate { day.isSunday ? day.adding(days: -1) : day }

    private func floorDays(_ instant: Int64, in region: DemoRegion) -> Int64 {
        // The local day of an instant made by `callTime`: its local time is daytime, so the offset
        // at noon of the UTC day is right.
        let utcDay = instant >= 0 ? instant / 86_400 : (instant - 86_399) / 86_400
        let offset = Int64(offsets.instant(CivilDate(daysSinceEpoch: Int(utcDay)), minute: 0, in: region)) - utcDay * 86_400
        let local = instant - offset
        return local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
    }

    /// The currency in which the customer owes the most (undisputed, past due), and how much.
    private func largestOverdue() -> (Currency, Int64)? {
        var owed: [Currency: Int64] = [:]
        for document in documents where document.dueDate < today && !document.disputed {
            owed[document.currency, default: 0] += document.amount
        }
        for payment in payments {
            if let index = payment.documentIndex, documents[index].disputed { continue }
            owed[payment.currency, default: 0] -= payment.amount
        }
        let best = owed.filter { $0.value > 0 }.max { lhs, rhs in
            lhs.key == region.currency ? false : rhs.key == region.currency ? true : lhs.value < rhs.value
        }
        return best.map { ($0.key, $0.value) }
    }
}
