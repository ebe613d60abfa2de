/// One step of the dunning ladder: reached when an open, undisputed invoice is `days` past due
/// (negative: before the due date), sent once per invoice on each of its channels.
public struct DunningStage: Hashable, Sendable {
    /// The code the report, `reminder_sent` and the templates name it by (`first`, `final`…).
    public var name: String
    public var days: Int
    /// Each channel is one message (and one `reminder_sent` row per invoice); email, letter or sms.
    public var channels: [ContactChannel]
    /// The stage's letters state the statutory late-payment interest and compensation (the
    /// final notice and the demand letter); the earlier, friendlier ones do not.
    public var claimsLatePayment: Bool

    public init(name: String, days: Int, channels: [ContactChannel], claimsLatePayment: Bool = false) {
        self.name = name
        self.days = days
        self.channels = channels
        self.claimsLatePayment = claimsLatePayment
    }

    /// A stage reached before the due date (the courtesy reminder) only makes sense while the
    /// invoice is not yet due: a run that catches up after the due date does not send it.
    public var isBeforeDue: Bool { days < 0 }
}

/// The owner's dunning ladder (SPEC §5 "Dunning stages"). A plain value so it can come from the
/// config file and the selection stays a pure function of it.
public struct DunningPolicy: Hashable, Sendable {
    /// Ordered by `days`, earliest first.
    public private(set) var stages: [DunningStage]

    /// The channels a reminder can go out on: the ones a template exists for.
    public static let reminderChannels: [ContactChannel] = [.email, .letter, .sms]

    /// Checks the ladder and orders it by days; the message says what to fix.
    public init(stages: [DunningStage]) throws(DunningPolicyError) {
        var names = Set<String>()
        for stage in stages {
            guard !stage.name.isEmpty, stage.name.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "_") }) else {
                throw .badName(stage.name)
            }
            guard names.insert(stage.name).inserted else { throw .duplicateName(stage.name) }
            guard !stage.channels.isEmpty, Set(stage.channels).count == stage.channels.count,
                  stage.channels.allSatisfy(DunningPolicy.reminderChannels.contains) else {
                throw .badChannels(stage.name)
            }
        }
        let byDays = Dictionary(grouping: stages, by: \.days)
        if let clash = byDays.values.first(where: { $0.count > 1 }) { throw .sameDays(clash.map(\.name).sorted()) }
        self.stages = stages.sorted { $0.days < $1.days }
    }

    /// SPEC §5: courtesy −3 (email), first 7 (email), second 21 (email), final 45 (email and
    /// letter), demand 75 (letter); the last two claim interest and compensation.
    public static let standard = try! DunningPolicy(stages: [
        DunningStage(name: "courtesy", days: -3, channels: [.email]),
        DunningStage(name: "first", days: 7, channels: [.email]),
        DunningStage(name: "second", days: 21, channels: [.email]),
        DunningStage(name: "final", days: 45, channels: [.email, .letter], claimsLatePayment: true),
        DunningStage(name: "demand", days: 75, channels: [.letter], claimsLatePayment: true),
    ])

    public func stage(named name: String) -> DunningStage? { stages.first { $0.name == name } }

    /// The latest stage an invoice `daysPastDue` past due has reached, if any.
    public func latestStage(daysPastDue: Int) -> DunningStage? { stages.last { $0.days <= daysPastDue } }

    /// The earliest an invoice can reach a stage, relative to its due date (≤ 0 when the ladder
    /// starts before it): lets the store read only invoices that can be due something.
    public var firstDays: Int { stages.first?.days ?? 0 }
}

public enum DunningPolicyError: Error, Equatable, CustomStringConvertible {
    case badName(String)
    case duplicateName(String)
    case badChannels(String)
    case sameDays([String])

    public var description: String {
        switch self {
        case .badName(let name): return "stage name '\(name)' must be lower-case letters, digits or _"
        case .duplicateName(let name): return "stage '\(name)' is listed twice"
        case .badChannels(let name): return "stage '\(name)' needs one or more different channels among email, letter, sms"
        case .sameDays(let names): return "stages \(names.joined(separator: " and ")) are reached on the same day; give each its own"
        }
    }
}
