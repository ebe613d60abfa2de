import CobroDomain
import Foundation

/// Builders shared by the queue, contact and promise tests (namespaced so they never collide
/// with other test files' helpers).
enum QueueFixture {
    static let newYork = TimeZone(identifier: "America/New_York")!
    static let madrid = TimeZone(identifier: "Europe/Madrid")!
    static let mexicoCity = TimeZone(identifier: "America/Mexico_City")!

    /// An instant from ISO 8601 text with offset, `2026-11-23T10:00:00-05:00`.
    static func at(_ text: String) -> Date {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        guard let date = formatter.date(from: text) else { fatalError("bad instant \(text)") }
        return date
    }

    static func day(_ iso: String) -> CivilDate {
        guard let date = CivilDate(iso: iso) else { fatalError("bad date \(iso)") }
        return date
    }

    static func money(_ minorUnits: Int64, _ currency: Currency = .EUR) -> Money {
        Money(minorUnits: minorUnits, currency: currency)
    }

    static func call(
        _ text: String, _ outcome: ContactOutcome = .noAnswer, id: Int64? = nil, corrects: Int64? = nil,
        callback: String? = nil, promise: PromiseToPay? = nil
    ) -> ContactEvent {
        ContactEvent(
            id: id, at: at(text), channel: .call, outcome: outcome, corrects: corrects,
            callbackAt: callback.map(at), promise: promise)
    }

    static func promise(_ minorUnits: Int64, _ currency: Currency = .EUR, on date: String) -> PromiseToPay {
        PromiseToPay(amount: money(minorUnits, currency), date: day(date))
    }

    static func paid(_ minorUnits: Int64, _ currency: Currency = .EUR, on date: String) -> DatedPayment {
        DatedPayment(date: day(date), amount: money(minorUnits, currency))
    }

    static func overdue(_ minorUnits: Int64, _ currency: Currency = .EUR, days: Int = 45) -> OverdueAmount {
        OverdueAmount(amount: money(minorUnits, currency), oldestDays: days)
    }

    /// An eligible-looking customer in New York owing 150.00 EUR, 45 days.
    static func customer(
        _ code: String = "C001", zone: String? = "America/New_York", overdue: [OverdueAmount]? = nil,
        history: [ContactEvent] = [], payments: [DatedPayment] = [], doNotCall: Bool = false,
        status: CustomerStatus = .active, upToDateAgreement: Bool = false, brokenAgreement: BrokenAgreement? = nil
    ) -> QueueCandidate {
        QueueCandidate(
            code: code, name: "Customer \(code)", timeZoneIdentifier: zone, doNotCall: doNotCall, status: status,
            overdue: overdue ?? [Self.overdue(15_000)], history: history, payments: payments,
            hasUpToDateAgreement: upToDateAgreement, brokenAgreement: brokenAgreement)
    }

    static func assess(_ candidate: QueueCandidate, at text: String, desk: TimeZone = madrid,
                       policy: ContactPolicy = .standard) -> QueueAssessment {
        CallQueue.assess(candidate, at: at(text), deskTimeZone: desk, policy: policy)
    }

    static func rank(_ candidates: [QueueCandidate], at text: String, desk: TimeZone = madrid,
                     rates: [Currency: Double] = [:]) -> [QueueEntry] {
        CallQueue.rank(candidates, at: at(text), deskTimeZone: desk, conversionRates: rates)
    }
}
