import CobroDomain
import CobroStore
import Foundation

/// What a clerk waits for around the call queue, each warmed up once and then timed `repetitions`
/// times at one instant: the queue built, the next account taken (claim, then release), an account
/// opened, a call logged, an agreement built and saved. Logging and saving write, so they run on a
/// copy of the file in the benchmark's folder; the database measured keeps its contents.
struct QueueBench {
    let database: CobroDatabase
    let settings: DeskSettings
    let instant: Date
    let repetitions: Int
    /// A folder of the benchmark's own, removed by the caller.
    let work: String

    func run() throws -> [BenchFigure] {
        var entries: [QueueEntry] = []
        let build = try BenchTimer.samples(repetitions: repetitions) {
            entries = try database.callQueue(at: instant, deskTimeZone: settings.timeZone, policy: settings.policy,
                                             conversionRates: settings.conversionRates, user: nil)
        }
        let next = try BenchTimer.samples(repetitions: repetitions) {
            guard let entry = try database.takeNextAccount(
                user: Self.clerk, at: instant, deskTimeZone: settings.timeZone, policy: settings.policy,
                conversionRates: settings.conversionRates) else { return }
            try database.releaseClaim(code: entry.code, user: Self.clerk)
        }
        // The accounts a clerk opens: the head of the queue, one more for the warm-up.
        let head = Array(entries.prefix(repetitions + 1))
        let open = try timedOnEach(head) { entry in _ = try database.account(code: entry.code, asOf: asOf) }
        let scratch = try scratchCopy()
        let log = try timedOnEach(head) { entry in
            try scratch.logContact(ContactLogEntry(customerCode: entry.code, user: Self.clerk, at: instant, channel: .call,
                                                   outcome: .noAnswer, note: "Benchmark call"))
        }
        let agreements = try agreementTimes(entries, on: scratch)
        return [BenchFigure(.queueBuild, durations: build), BenchFigure(.queueNext, durations: next),
                BenchFigure(.accountOpen, durations: open), BenchFigure(.logCall, durations: log),
                BenchFigure(.agreementSave, durations: agreements)]
    }

    private static let clerk = "bench"

    private var asOf: CivilDate { CivilDate(containing: instant, in: settings.timeZone) }

    /// Times `body` once per entry, the first time as the warm-up.
    private func timedOnEach(_ entries: [QueueEntry], _ body: (QueueEntry) throws -> Void) throws -> [Duration] {
        Array(try entries.map { entry in try BenchTimer.time { try body(entry) } }.dropFirst())
    }

    /// An agreement as `cobro agreement plan --save` makes one: the customer's balance in the first
    /// overdue currency, six monthly installments, saved as active. A customer whose agreement is
    /// refused (one already in force, a role that may not) is passed over for the next in the queue.
    private func agreementTimes(_ entries: [QueueEntry], on scratch: CobroDatabase) throws -> [Duration] {
        var times: [Duration] = []
        for entry in entries.prefix(4 * (repetitions + 1)) where times.count <= repetitions {
            guard let currency = entry.overdue.first?.currency else { continue }
            var saved = false
            let time = try BenchTimer.time {
                do {
                    let debt = try scratch.agreementDebt(customerCode: entry.code, currency: currency, asOf: asOf)
                    let terms = AgreementTerms(amount: debt, installmentCount: 6, frequency: .monthly, agreementDate: asOf,
                                               firstDate: asOf.adding(days: 30))
                    let plan = try AgreementSchedule.plan(customerCode: entry.code, terms: terms)
                    _ = try scratch.saveAgreement(plan, as: .active, user: settings.user, at: instant,
                                                  monthLimit: settings.agreementMonthLimit)
                    saved = true
                } catch is AgreementError, is AgreementPlanError, is UserError {
                    saved = false
                }
            }
            if saved { times.append(time) }
        }
        return Array(times.dropFirst())
    }

    /// A copy of the database file (and its write-ahead log) in the work folder.
    private func scratchCopy() throws -> CobroDatabase {
        let copy = "\(work)/scratch.sqlite"
        BenchDemo.removeDatabase(at: copy)
        for suffix in ["", "-wal"] where FileManager.default.fileExists(atPath: database.path + suffix) {
            try FileManager.default.copyItem(atPath: database.path + suffix, toPath: copy + suffix)
        }
        return try CobroDatabase.open(path: copy)
    }
}
