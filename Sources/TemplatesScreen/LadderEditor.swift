import CobroDomain
import CobroTerminal

/// The owner's dunning ladder being looked at or changed: each stage's days past due, its
/// channels and whether it claims late payment; checked as it changes (`DunningPolicy`).
struct LadderEditor: Sendable {
    enum Column: Int, CaseIterable, Sendable {
        case days, email, letter, sms, latePayment

        var channel: ContactChannel? {
            switch self {
            case .email: return .email
            case .letter: return .letter
            case .sms: return .sms
            case .days, .latePayment: return nil
            }
        }
    }

    let original: [DunningStage]
    private(set) var stages: [DunningStage]
    let source: LadderSource
    /// Why this user cannot change it (a clerk; a ladder set in config.yaml); nil for an owner.
    let readOnlyReason: String?
    var row = 0
    var column = Column.days
    /// The days of the selected stage being typed.
    var daysField: TextField?
    /// What `DunningPolicy` says is wrong with the ladder as it stands.
    private(set) var problem: String?
    var discardDialog: ConfirmDialog<Bool>?

    init(_ ladder: DunningLadder, readOnlyReason: String?) {
        original = ladder.policy.stages
        stages = ladder.policy.stages
        source = ladder.source
        self.readOnlyReason = readOnlyReason
    }

    var hasChanges: Bool { stages != original }
    var isTyping: Bool { daysField != nil || discardDialog != nil }

    /// The ladder, when `DunningPolicy` accepts it.
    var policy: DunningPolicy? { try? DunningPolicy(stages: stages) }

    mutating func setDays(_ days: Int) {
        var changed = stages
        changed[row].days = days
        replace(with: changed)
    }

    /// Adds or removes the column's channel, keeping e-mail, letter, SMS order.
    mutating func toggle(_ channel: ContactChannel) {
        var changed = stages
        var channels = Set(changed[row].channels)
        if channels.contains(channel) { channels.remove(channel) } else { channels.insert(channel) }
        changed[row].channels = DunningPolicy.reminderChannels.filter(channels.contains)
        replace(with: changed)
    }

    mutating func toggleLatePayment() {
        var changed = stages
        changed[row].claimsLatePayment.toggle()
        replace(with: changed)
    }

    mutating func restoreStandard() {
        replace(with: DunningPolicy.standard.stages)
        row = min(row, stages.count - 1)
    }

    private mutating func replace(with changed: [DunningStage]) {
        stages = changed
        do {
            _ = try DunningPolicy(stages: stages)
            problem = nil
        } catch {
            problem = error.description
        }
    }
}
