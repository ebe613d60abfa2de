import CobroDomain

/// Makes demo customers. Customer `n` depends only on the seed, `today` and `n` (each customer
/// draws from its own random stream), so a portfolio is the same every time it is made.
struct DemoGenerator {
    let seed: UInt64
    let today: CivilDate
    let offsets: DemoZoneOffsets

    init(seed: UInt64, today: CivilDate) {
        self.seed = seed
        self.today = today
        offsets = DemoZoneOffsets(around: today)
    }

    /// `stageDueToday`: when the customer is one the dunning run writes to by e-mail, it also has
    /// an unpaid invoice that reaches the `first` stage today, and the plan says whether the run
    /// on `today` has an e-mail for it (nil when not asked).
    func customer(number: Int, stageDueToday: Bool = false) -> DemoCustomerPlan {
        var random = DemoRandom(seed: seed, stream: UInt64(number))
        let region = random.weighted(DemoRegion.shares)
        // A few English-speaking businesses trade in Spain, in euros.
        let english = region == .unitedStates || (region == .spain && random.chance(perMille: 40))
        let company = DemoNames.company(in: region, english: english, &random)
        let domain = DemoIdentity.domain(of: company)
        let habit = random.weighted(DemoHabit.shares)
        let status = habit.status(&random)

        let taxID = DemoIdentity.taxID(in: region, company: company, &random)
        let phone = random.chance(perMille: 980) ? DemoIdentity.phone(in: region, &random) : nil
        // Customers who do not pay are also the ones whose address the desk has lost.
        let hasEmail = random.chance(perMille: habit == .delinquent ? 700 : 880)
        let email = hasEmail ? DemoNames.billingMailbox(english: english, &random) + "@" + domain : nil
        let notes = random.chance(perMille: 80) ? DemoNames.note(english: english, &random) : nil
        let doNotCall = random.chance(perMille: habit == .delinquent ? 80 : 25)
        let debtorType = habit.debtorType(&random)
        let contacts = self.contacts(region: region, english: english, domain: domain, &random)

        var ledger = DemoLedgerBuilder(today: today, region: region, habit: habit, status: status)
        ledger.build(&random)
        let addsStageDueToday = stageDueToday && email != nil && status.isWorkedByDesk
        if addsStageDueToday {
            ledger.addUnpaidInvoice(due: today.adding(days: -(DemoDunningRuns.policy.stage(named: "first")?.days ?? 7)), &random)
        }
        // Drawn last, so that the rest of the customer is as it was before contacts were made.
        var history = DemoHistoryBuilder(
            today: today, region: region, language: english ? .en : .es, habit: habit, status: status, doNotCall: doNotCall,
            contactCount: contacts.count, offsets: offsets, documents: ledger.documents, payments: ledger.payments)
        history.build(&random)
        var dunning = DemoDunningRuns(
            today: today, region: region, offsets: offsets, status: status, hasEmail: email != nil, hasPhone: phone != nil,
            documents: history.documents, payments: history.payments, agreement: history.agreement)
        let reminders = dunning.history()
        return DemoCustomerPlan(
            name: company.name, taxID: taxID, phone: phone, email: email, timeZone: region.timeZone,
            language: english ? .en : .es, notes: notes, doNotCall: doNotCall, status: status,
            debtorType: debtorType, contacts: contacts, documents: history.documents, payments: history.payments,
            contactLog: history.entries, agreement: history.agreement, reminders: reminders,
            emailDueToday: stageDueToday ? addsStageDueToday && dunning.sendsEmailToday() : nil)
    }

    /// None, one or two people to ask for at the customer.
    private func contacts(region: DemoRegion, english: Bool, domain: String, _ random: inout DemoRandom) -> [DemoContactPlan] {
        let count = random.weighted([(0, 25), (1, 50), (2, 25)])
        return (0..<count).map { _ in
            let person = DemoNames.person(english: english, &random)
            let role = DemoNames.role(english: english, &random)
            let phone = random.chance(perMille: 850) ? DemoIdentity.phone(in: region, &random) : nil
            let firstSurname = person.last.split(separator: " ").first.map(String.init) ?? person.last
            let mailbox = DemoNames.asciiSlug(person.first) + "." + DemoNames.asciiSlug(firstSurname)
            let email = random.chance(perMille: 750) ? mailbox + "@" + domain : nil
            return DemoContactPlan(name: person.first + " " + person.last, role: role, phone: phone, email: email)
        }
    }
}
