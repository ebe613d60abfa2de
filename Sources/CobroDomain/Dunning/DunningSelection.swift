extension DunningPolicy {
    /// The reminders due for `account` on `asOf` (SPEC §5 "Dunning stages").
    ///
    /// Each open invoice is at the **latest** stage it has reached; that stage goes out on each
    /// of its channels not yet sent for the invoice. Earlier stages never sent are not sent
    /// late (a run after missed days catches up with one message, not the whole ladder), and a
    /// stage reached before the due date is sent only while the invoice is not yet due. One
    /// message per stage and channel covers all the customer's invoices due it.
    ///
    /// Left out, with the reason: every invoice of a customer in status legal, agency or
    /// written_off (`status`) or keeping an active agreement (`agreement`); a disputed invoice
    /// (`disputed`); the e-mail of a customer without an address (`no_email`, the letter still
    /// goes) and the text of one without a phone (`no_phone`). `do_not_call` stops calls only.
    /// Invoices with nothing due are not mentioned.
    public func plan(for account: DunningAccount, asOf: CivilDate) -> DunningPlan {
        var plan = DunningPlan()
        var groups: [StageChannel: [DunningInvoice]] = [:]
        var skipped = Set<DunningSkip>()
        func skip(_ invoice: DunningInvoice, _ reason: DunningSkipReason) {
            skipped.insert(DunningSkip(customerCode: account.customerCode, invoiceNumber: invoice.number, reason: reason))
        }
        for invoice in account.invoices {
            let pending = pendingChannels(of: invoice, asOf: asOf)
            guard let stage = pending.stage, !pending.channels.isEmpty else { continue }
            if !account.status.isWorkedByDesk { skip(invoice, .status); continue }
            if account.agreementUpToDate { skip(invoice, .agreement); continue }
            if invoice.disputed { skip(invoice, .disputed); continue }
            for channel in pending.channels {
                if channel == .email, !account.hasEmail { skip(invoice, .noEmail); continue }
                if channel == .sms, !account.hasPhone { skip(invoice, .noPhone); continue }
                groups[StageChannel(stage: stage.name, channel: channel), default: []].append(invoice)
            }
        }
        for stage in stages {
            for channel in stage.channels {
                guard let invoices = groups[StageChannel(stage: stage.name, channel: channel)] else { continue }
                plan.messages.append(DunningMessage(
                    customerCode: account.customerCode, stage: stage, channel: channel,
                    invoices: invoices.sorted(by: DunningPolicy.dueDateThenNumber)))
            }
        }
        plan.skipped = skipped.sorted { lhs, rhs in
            lhs.invoiceNumber == rhs.invoiceNumber ? lhs.reason < rhs.reason
                : lhs.invoiceNumber.utf8.lexicographicallyPrecedes(rhs.invoiceNumber.utf8)
        }
        return plan
    }

    /// The invoice's latest stage and the channels of it not yet sent; no stage when none is
    /// reached, or when it is a before-due stage and the invoice is due already.
    func pendingChannels(of invoice: DunningInvoice, asOf: CivilDate) -> (stage: DunningStage?, channels: [ContactChannel]) {
        let daysPastDue = asOf.days(since: invoice.dueDate)
        guard invoice.open.minorUnits > 0, let stage = latestStage(daysPastDue: daysPastDue),
              !(stage.isBeforeDue && daysPastDue >= 0) else { return (nil, []) }
        return (stage, stage.channels.filter { !invoice.sent.contains(SentReminder(stage: stage.name, channel: $0)) })
    }

    private static func dueDateThenNumber(_ lhs: DunningInvoice, _ rhs: DunningInvoice) -> Bool {
        lhs.dueDate != rhs.dueDate ? lhs.dueDate < rhs.dueDate : lhs.number.utf8.lexicographicallyPrecedes(rhs.number.utf8)
    }
}

private struct StageChannel: Hashable {
    var stage: String
    var channel: ContactChannel
}
