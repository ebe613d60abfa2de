import CobroDomain
import Testing

private func day(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }
private let asOf = day("2026-11-23")

/// An invoice due `daysPastDue` days before the report date, issued 30 days before it was due.
private func invoice(_ number: String, amount: Int64, daysPastDue: Int = 0, issued: CivilDate? = nil) -> AgingDocument {
    let due = asOf.adding(days: -daysPastDue)
    return AgingDocument(id: testID(number), number: number, issueDate: issued ?? due.adding(days: -30), dueDate: due, amount: amount)
}

private func payment(_ amount: Int64, on date: CivilDate = asOf, for number: String? = nil) -> AgingPayment {
    AgingPayment(date: date, amount: amount, invoiceID: number.map(testID))
}

/// Tests name invoices by number; the ledger links payments to invoices by id.
private func testID(_ number: String) -> Int64 {
    Int64(truncatingIfNeeded: number.utf8.reduce(UInt64(5381)) { $0 &* 33 &+ UInt64($1) })
}

@Suite("Aging (SPEC §5): buckets, allocation, unapplied credit, as-of")
struct AgingTests {
    @Test("rule 5: bucket boundaries at 0, 1, 30, 31, 60, 61, 90, 91, 120 and 121 days",
          arguments: [(-5, AgingBucket.current), (0, .current), (1, .days1to30), (30, .days1to30),
                      (31, .days31to60), (60, .days31to60), (61, .days61to90), (90, .days61to90),
                      (91, .days91to120), (120, .days91to120), (121, .over120), (4000, .over120)])
    func bucketBoundaries(days: Int, bucket: AgingBucket) {
        let figures = AgingLedger(documents: [invoice("F1", amount: 100, daysPastDue: days)]).aged(asOf: asOf)
        #expect(figures[bucket] == 100)
        #expect(figures.balance == 100)
        #expect(AgingBucket(daysPastDue: days) == bucket)
    }

    @Test("rule 1: invoices issued and payments dated after the as-of date do not count")
    func asOfFiltersInvoicesAndPayments() {
        let ledger = AgingLedger(
            documents: [invoice("F1", amount: 100, daysPastDue: 10),
                        invoice("F2", amount: 70, daysPastDue: -20, issued: asOf.adding(days: 1))],
            payments: [payment(40, on: asOf.adding(days: 1)), payment(10, on: asOf)])
        let figures = ledger.aged(asOf: asOf)
        #expect(figures[.days1to30] == 90)
        #expect(figures[.current] == 0)
        #expect(figures.balance == 90)
        #expect(ledger.aged(asOf: asOf.adding(days: 1)).balance == 100 + 70 - 50)
    }

    @Test("rule 1: an invoice issued on the as-of date counts, as does a payment dated that day")
    func asOfIsInclusive() {
        let ledger = AgingLedger(documents: [invoice("F1", amount: 100, daysPastDue: -30, issued: asOf)],
                                 payments: [payment(30, on: asOf)])
        #expect(ledger.aged(asOf: asOf)[.current] == 70)
    }

    @Test("rule 2: a targeted payment pays its invoice first, even when older invoices are open")
    func targetedPaymentPaysItsInvoice() {
        let ledger = AgingLedger(documents: [invoice("OLD", amount: 100, daysPastDue: 100), invoice("NEW", amount: 50, daysPastDue: 5)],
                                 payments: [payment(50, for: "NEW")])
        let figures = ledger.aged(asOf: asOf)
        #expect(figures[.days91to120] == 100)
        #expect(figures[.days1to30] == 0)
    }

    @Test("rule 2: what a targeted payment exceeds joins the pool and pays the oldest due invoice")
    func targetedExcessJoinsPool() {
        let ledger = AgingLedger(documents: [invoice("OLD", amount: 100, daysPastDue: 100), invoice("NEW", amount: 50, daysPastDue: 5)],
                                 payments: [payment(80, for: "NEW")])
        let figures = ledger.aged(asOf: asOf)
        #expect(figures[.days91to120] == 70)
        #expect(figures[.days1to30] == 0)
        #expect(figures.unapplied == 0)
    }

    @Test("rule 2: a payment naming an invoice that does not count yet goes wholly to the pool")
    func targetAfterAsOfGoesToPool() {
        let ledger = AgingLedger(documents: [invoice("OLD", amount: 100, daysPastDue: 45),
                                             invoice("LATER", amount: 500, daysPastDue: -40, issued: asOf.adding(days: 3))],
                                 payments: [payment(60, for: "LATER")])
        let figures = ledger.aged(asOf: asOf)
        #expect(figures[.days31to60] == 40)
        #expect(figures.balance == 40)
    }

    @Test("rule 3: the pool pays open invoices by due date, then issue date, then number byte-wise")
    func poolOrder() {
        let due = asOf.adding(days: -10)
        let ledger = AgingLedger(
            documents: [
                AgingDocument(id: testID("B"), number: "B", issueDate: due.adding(days: -5), dueDate: due, amount: 10),
                AgingDocument(id: testID("A"), number: "A", issueDate: due.adding(days: -5), dueDate: due, amount: 20),
                AgingDocument(id: testID("Z"), number: "Z", issueDate: due.adding(days: -9), dueDate: due, amount: 40),
                AgingDocument(id: testID("EARLY"), number: "EARLY", issueDate: due.adding(days: -60), dueDate: due.adding(days: -40), amount: 80),
            ],
            payments: [payment(80 + 40 + 20 + 5)])
        let figures = ledger.aged(asOf: asOf)
        // EARLY (oldest due), then Z (same due, earlier issue), then A before B (byte order): B keeps 5.
        #expect(figures[.days31to60] == 0)
        #expect(figures[.days1to30] == 5)
    }

    @Test("rule 3: numbers compare byte-wise, so 'Z' comes before 'a' and 'É'")
    func byteWiseNumbers() {
        let due = asOf.adding(days: -10)
        let ledger = AgingLedger(
            documents: [AgingDocument(id: testID("É1"), number: "É1", issueDate: due, dueDate: due, amount: 10),
                        AgingDocument(id: testID("a1"), number: "a1", issueDate: due, dueDate: due, amount: 10),
                        AgingDocument(id: testID("Z1"), number: "Z1", issueDate: due, dueDate: due, amount: 10)],
            payments: [payment(20)])
        let figures = ledger.aged(asOf: asOf)
        #expect(figures[.days1to30] == 10)
        // A second ledger proves which one stays open: only the É invoice is left.
        let onlyE = AgingLedger(documents: ledger.documents.filter { $0.number == "É1" }).aged(asOf: asOf)
        #expect(onlyE[.days1to30] == figures[.days1to30])
    }

    @Test("rule 3: credit notes join the pool like unnamed payments")
    func creditNotesJoinPool() {
        let ledger = AgingLedger(documents: [invoice("F1", amount: 100, daysPastDue: 70), invoice("F2", amount: 100, daysPastDue: 10),
                                             invoice("NC1", amount: -130, daysPastDue: 0)])
        let figures = ledger.aged(asOf: asOf)
        #expect(figures[.days61to90] == 0)
        #expect(figures[.days1to30] == 70)
        #expect(figures.balance == 70)
    }

    @Test("rule 4: an overpayment leaves the rest unapplied, as a negative number")
    func overpaymentIsUnapplied() {
        let ledger = AgingLedger(documents: [invoice("F1", amount: 100, daysPastDue: 10)], payments: [payment(125)])
        let figures = ledger.aged(asOf: asOf)
        #expect(figures.buckets.allSatisfy { $0 == 0 })
        #expect(figures.unapplied == -25)
        #expect(figures.balance == -25)
        #expect(!figures.isSettled)
    }

    @Test("rule 4: a credit note with nothing to pay is unapplied credit")
    func creditNoteAloneIsUnapplied() {
        let figures = AgingLedger(documents: [invoice("NC", amount: -50, daysPastDue: 3)]).aged(asOf: asOf)
        #expect(figures.unapplied == -50)
    }

    @Test("rule 6: balance is the six buckets plus unapplied; a settled customer has both zero")
    func balanceAndSettled() {
        let paid = AgingLedger(documents: [invoice("F1", amount: 100, daysPastDue: 10)], payments: [payment(100, for: "F1")]).aged(asOf: asOf)
        #expect(paid.balance == 0)
        #expect(paid.isSettled)
        let mixed = AgingLedger(documents: [invoice("F1", amount: 100, daysPastDue: 10), invoice("F2", amount: 30, daysPastDue: -3)]).aged(asOf: asOf)
        #expect(mixed.balance == 130)
        #expect(mixed.overdue == 100)
        #expect(mixed.oldestDaysPastDue == 10)
    }

    @Test("rule 7: a payment dated before its invoice was issued still applies")
    func paymentBeforeInvoiceApplies() {
        let ledger = AgingLedger(documents: [invoice("F1", amount: 100, daysPastDue: 10)],
                                 payments: [payment(100, on: asOf.adding(days: -300), for: "F1")])
        #expect(ledger.aged(asOf: asOf).isSettled)
    }

    @Test("a zero-decimal currency (CLP) ages in whole pesos")
    func zeroDecimalCurrency() {
        let ledger = AgingLedger(documents: [invoice("F1", amount: 785_691, daysPastDue: 12)], payments: [payment(85_691)])
        let figures = ledger.aged(asOf: asOf)
        #expect(Money(minorUnits: figures[.days1to30], currency: .CLP).decimalString == "700000")
    }
}

@Suite("The aging report: per currency, sorted, settled customers left out")
struct AgingReportTests {
    @Test("two currencies of one customer are aged apart and never added together")
    func twoCurrenciesOneCustomer() {
        var builder = AgingReportBuilder(asOf: asOf)
        builder.add(code: "C1", name: "Óptica Ñandú", currency: .USD,
                    ledger: AgingLedger(documents: [invoice("U1", amount: 500, daysPastDue: 40)]))
        builder.add(code: "C1", name: "Óptica Ñandú", currency: .MXN,
                    ledger: AgingLedger(documents: [invoice("M1", amount: 300, daysPastDue: 5)], payments: [payment(500)]))
        let report = builder.build()
        #expect(report.currencies.map(\.currency.code) == ["MXN", "USD"])
        #expect(report.currencies[0].totals.unapplied == -200)
        #expect(report.currencies[1].totals[.days31to60] == 500)
    }

    @Test("customers sort by code byte-wise; a settled customer and an empty currency are left out")
    func sortingAndLeavingOut() {
        var builder = AgingReportBuilder(asOf: asOf)
        for code in ["c10", "C2", "C10"] {
            builder.add(code: code, name: code, currency: .EUR, ledger: AgingLedger(documents: [invoice(code, amount: 10, daysPastDue: 1)]))
        }
        builder.add(code: "PAID", name: "Paid up", currency: .EUR,
                    ledger: AgingLedger(documents: [invoice("P", amount: 10)], payments: [payment(10)]))
        builder.add(code: "GONE", name: "Only settled", currency: .GBP, ledger: AgingLedger(documents: [invoice("G", amount: 10)], payments: [payment(10)]))
        let report = builder.build()
        #expect(report.currencies.map(\.currency.code) == ["EUR"])
        #expect(report.currencies[0].customers.map(\.code) == ["C10", "C2", "c10"])
        #expect(report.currencies[0].totals.balance == 30)
    }
}
