import CobroDomain
import CobroTerminal
import Foundation

/// Draws the account: who the customer is and how to reach them now, what they owe per
/// currency, what waits (a callback, a promise), the open invoices, and below them the contact
/// log, the payments or the promises and agreements.
public enum AccountView {
    public static func pageSize(_ state: AccountState, in area: Rect) -> Int {
        guard let snapshot = state.snapshot else { return 1 }
        let rest = area.splitTop(headerLines(state, snapshot).count + 1 + 1).rest
        return TableView.pageSize(in: invoiceArea(state, in: rest))
    }

    /// The invoices take what they need, up to half of what is left; the lower pane the rest.
    private static func invoiceArea(_ state: AccountState, in rest: Rect) -> Rect {
        let wanted = (state.snapshot?.openInvoices.count ?? 0) + 1
        return rest.splitTop(min(max(3, wanted), rest.height / 2)).top
    }

    public static func render(_ state: AccountState, into grid: inout Grid, in area: Rect) {
        let text = AccountStrings(state.language)
        guard let snapshot = state.snapshot else {
            grid.put(state.notFound ? text.notFound(state.code) : text.loading, x: area.x + 1, y: area.y + 1,
                     style: Style(state.notFound ? .error : .muted))
            return
        }
        drawTitle(state, snapshot, text: text, into: &grid, in: area)
        let lines = headerLines(state, snapshot)
        var y = area.y + 1
        for (line, style) in lines where y < area.maxY {
            grid.put(line, x: area.x + 1, y: y, style: style, maxWidth: area.width - 2)
            y += 1
        }
        let rest = Rect(x: area.x, y: min(area.maxY, y + 1), width: area.width, height: max(0, area.maxY - y - 1))
        if let form = state.callLog {
            form.draw(into: &grid, in: rest)
            return
        }
        drawInvoicesAndPane(state, snapshot, text: text, into: &grid, in: rest)
        switch state.prompt {
        case .reason(let prompt, _)?: prompt.draw(into: &grid, in: area)
        case .status(let list)?: list.draw(into: &grid, in: area)
        case .debtorType(let list)?: list.draw(into: &grid, in: area)
        case nil: break
        }
    }

    /// `C001  Ferretería Núñez  DO NOT CALL  held by ana until 10:45`.
    private static func drawTitle(_ state: AccountState, _ snapshot: AccountSnapshot, text: AccountStrings,
                                  into grid: inout Grid, in area: Rect) {
        let customer = snapshot.customer
        var x = area.x + 1
        x += grid.put("\(customer.code)  ", x: x, y: area.y, style: Style(.muted), maxWidth: area.maxX - x)
        x += grid.put(customer.name, x: x, y: area.y, style: Style(.title, bold: true), maxWidth: max(0, area.maxX - x - 16))
        if customer.doNotCall { x += grid.put("  \(text.doNotCall)", x: x, y: area.y, style: Style(.error, bold: true), maxWidth: area.maxX - x) }
        if let claim = snapshot.claim, claim.until > state.now {
            grid.put("  " + text.claimedBy(claim.user, until: LocalTime.clock(claim.until, in: state.timeZone)), x: x, y: area.y,
                     style: Style(.muted), maxWidth: area.maxX - x)
        }
    }

    /// Everything between the title and the invoices, one line each.
    static func headerLines(_ state: AccountState, _ snapshot: AccountSnapshot) -> [(String, Style)] {
        let text = AccountStrings(state.language)
        let customer = snapshot.customer
        var lines: [(String, Style)] = []
        lines.append(([
            "\(text.status): \(text.statusName(customer.status))",
            "\(text.debtorType): \(text.debtorTypeName(customer.debtorType))",
            "\(text.taxID): \(customer.taxID ?? text.none)",
        ].joined(separator: " · "), Style(customer.status.isWorkedByDesk ? .normal : .warning)))
        lines.append(("\(text.phone): \(customer.phone ?? text.none) · \(text.email): \(customer.email ?? text.none)", Style(.normal)))

        let zone = snapshot.timeZone(deskZone: state.timeZone)
        let hours = state.policy.callingHours.hours(for: zone)
        let inside = hours.allows(state.now, in: zone)
        let local = text.localTime(LocalTime.clockAndDay(state.now, in: zone, language: state.language), zone: zone.identifier)
        lines.append(("\(local) — " + (inside ? text.insideHours(hours.description) : text.outsideHours(hours.description)),
                      Style(inside ? .success : .warning)))
        if !snapshot.contactPeople.isEmpty {
            let people = snapshot.contactPeople.map { person in
                [person.name, person.role.map { "(\($0))" }, person.phone, person.email].compactMap { $0 }.joined(separator: " ")
            }
            lines.append(("\(text.contacts): " + people.joined(separator: " · "), Style(.normal)))
        }
        for (currency, figures) in snapshot.balances {
            let money = { (amount: Int64) in Money(minorUnits: amount, currency: currency).formatted(in: state.language) }
            var line = text.balanceLine(currency: currency.code, balance: money(figures.balance), overdue: money(figures.overdue),
                                        oldest: figures.oldestDaysPastDue)
            if figures.unapplied != 0 { line += "; " + text.unapplied(money(figures.unapplied)) }
            lines.append((line, Style(figures.overdue > 0 ? .warning : .normal, bold: true)))
        }
        if snapshot.balances.isEmpty { lines.append((text.noOpenInvoices, Style(.success))) }
        if let followUps = state.followUps {
            if let callback = followUps.dueCallback {
                lines.append((text.callbackDue(LocalTime.moment(callback, in: state.timeZone, language: state.language)),
                              Style(.warning, bold: true)))
            }
            if let broken = followUps.brokenPromise {
                lines.append((text.promiseBroken(broken.promise.amount.formatted(in: state.language),
                                                 date: broken.promise.date.formatted(in: state.language)), Style(.error, bold: true)))
            }
            if let due = followUps.promiseDueToday {
                lines.append((text.promiseDueToday(due.promise.amount.formatted(in: state.language)), Style(.warning, bold: true)))
            }
            if let broken = followUps.brokenAgreement {
                lines.append((text.agreementBroken(broken.unpaid.formatted(in: state.language), due: broken.installmentDue.formatted(in: state.language)),
                              Style(.error, bold: true)))
            }
        }
        for (agreement, progress) in state.agreements where agreement.status == .active && progress.status == .active {
            guard let next = progress.nextDue else { continue }
            let late = progress.amountLate.minorUnits > 0 ? progress.amountLate.formatted(in: state.language) : nil
            lines.append((text.agreementNext(next.unpaid.formatted(in: state.language), due: next.dueDate.formatted(in: state.language), late: late),
                          Style(late == nil ? .success : .warning)))
        }
        if let message = state.message { lines.append((message.text, Style(message.isError ? .error : .success, bold: true))) }
        return lines
    }

    private static func drawInvoicesAndPane(_ state: AccountState, _ snapshot: AccountSnapshot, text: AccountStrings,
                                            into grid: inout Grid, in rest: Rect) {
        guard rest.height >= 2 else { return }
        let (titleLine, belowTitle) = rest.splitTop(1)
        grid.put(text.invoicesTitle, x: titleLine.x + 1, y: titleLine.y, style: Style(.header, bold: true))
        let tableArea = invoiceArea(state, in: belowTitle)
        InvoiceTableView(invoices: snapshot.openInvoices, text: text, language: state.language)
            .draw(into: &grid, in: tableArea, state: state.invoices)

        let paneArea = Rect(x: belowTitle.x, y: tableArea.maxY, width: belowTitle.width, height: belowTitle.maxY - tableArea.maxY)
        guard paneArea.height >= 3 else { return }
        let (tabs, body) = paneArea.splitTop(2)
        var x = tabs.x + 1
        for pane in AccountPane.allCases where x < tabs.maxX {
            let active = pane == state.pane
            x += grid.put(active ? "[\(text.paneTitle(pane))]" : " \(text.paneTitle(pane)) ", x: x, y: tabs.y + 1,
                          style: Style(active ? .header : .muted, bold: active), maxWidth: tabs.maxX - x) + 1
        }
        let rows = state.paneRowCount
        if rows > body.height - 1 {
            let shown = text.paneRows(from: state.paneFirstRow + 1, to: min(rows, state.paneFirstRow + body.height - 1), of: rows)
            grid.put(shown, x: max(x, tabs.maxX - TextWidth.of(shown) - 1), y: tabs.y + 1, style: Style(.muted), maxWidth: tabs.maxX - x)
        }
        switch state.pane {
        case .contactLog:
            ContactLogView(log: snapshot.contactLog, text: text, language: state.language, timeZone: state.timeZone)
                .draw(into: &grid, in: body, firstRow: state.paneFirstRow)
        case .payments:
            PaymentsView(payments: snapshot.payments, text: text, language: state.language).draw(into: &grid, in: body, firstRow: state.paneFirstRow)
        case .promises:
            PromisesView(promises: state.followUps?.promises.reversed() ?? [], agreements: state.agreements, text: text,
                         language: state.language, timeZone: state.timeZone).draw(into: &grid, in: body, firstRow: state.paneFirstRow)
        }
    }
}
