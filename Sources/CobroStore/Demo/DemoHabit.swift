import CobroDomain

/// How a demo customer pays. A portfolio is mostly customers who pay on time or a little late;
/// the few who struggle or refuse are what fills the old aging buckets and the call queue.
enum DemoHabit {
    case punctual, slow, struggling, delinquent

    static let shares: [(DemoHabit, weight: Int)] = [(.punctual, 42), (.slow, 30), (.struggling, 18), (.delinquent, 10)]

    /// Days after the due date on which an invoice gets paid (negative: early).
    func paymentDelay(terms: Int, _ random: inout DemoRandom) -> Int {
        switch self {
        case .punctual: return random.int(in: -min(terms, 10)...3)
        case .slow: return random.int(in: 1...50)
        case .struggling: return random.int(in: 10...130)
        case .delinquent: return random.int(in: 40...260)
        }
    }

    /// Per mille of invoices never paid at all.
    var unpaidPerMille: Int {
        switch self {
        case .punctual: return 5
        case .slow: return 25
        case .struggling: return 120
        case .delinquent: return 380
        }
    }

    /// Per mille of invoices paid only in part (the rest later, or never).
    var partialPerMille: Int {
        switch self {
        case .punctual: return 15
        case .slow: return 50
        case .struggling: return 220
        case .delinquent: return 200
        }
    }

    /// Per mille of invoices the customer contests.
    var disputedPerMille: Int { self == .delinquent ? 70 : 25 }

    /// Customers who do not pay end up suspended, with lawyers, at an agency or written off.
    func status(_ random: inout DemoRandom) -> CustomerStatus {
        switch self {
        case .punctual, .slow: return .active
        case .struggling: return random.weighted([(.active, 82), (.suspended, 18)])
        case .delinquent:
            return random.weighted([(.active, 64), (.legal, 12), (.agency, 12), (.writtenOff, 8), (.suspended, 4)])
        }
    }

    /// Why the customer does not pay, as the clerk has classified it (the `debtor_type` column).
    func debtorType(_ random: inout DemoRandom) -> String? {
        switch self {
        case .punctual: return nil
        case .slow: return random.chance(perMille: 500) ? "forgot" : nil
        case .struggling: return random.chance(perMille: 800) ? "cash_flow" : nil
        case .delinquent:
            return random.weighted([("refuses", 30), ("unreachable", 30), ("cash_flow", 25), ("dispute", 15)])
        }
    }
}
