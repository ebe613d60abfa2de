import CobroDomain
import Foundation

/// The config file's `contact_rules:` section: the numbers of the contact rules, each optional,
/// the SPEC's defaults for what is left out.
///
/// ```yaml
/// contact_rules:
///   max_call_attempts: 7        # at most this many calls…
///   attempt_window_days: 7      # …in any this many local days
///   right_party_hold_days: 7    # no call for this many days after a conversation
///   promise_grace_days: 2
///   agreement_grace_days: 5
///   claim_minutes: 15           # how long taking an account holds it
///   calling_hours: 08:00-21:00 mon-sat
///   calling_hours_by_zone: {America/Bogota: 07:00-19:00 mon-fri}
/// ```
enum ContactRulesConfig {
    static let key = "contact_rules"

    /// `values` is the section as YAML gave it; `fail` turns a message into the error that names
    /// the file and line.
    static func policy(from values: Any, fail: (String) -> Failure) throws -> ContactPolicy {
        guard let table = values as? [String: Any] else {
            throw fail("\(key) must be a section of 'name: value' lines (e.g. max_call_attempts: 7)")
        }
        var policy = ContactPolicy.standard
        let counts: [(String, WritableKeyPath<ContactPolicy, Int>, ClosedRange<Int>)] = [
            ("max_call_attempts", \.maxCallAttempts, 1...100), ("attempt_window_days", \.attemptWindowDays, 1...60),
            ("right_party_hold_days", \.rightPartyHoldDays, 0...60), ("promise_grace_days", \.promiseGraceDays, 0...60),
            ("agreement_grace_days", \.agreementGraceDays, 0...60),
        ]
        let known = Set(counts.map(\.0) + ["claim_minutes", "calling_hours", "calling_hours_by_zone"])
        if let unknown = table.keys.sorted().first(where: { !known.contains($0) }) {
            throw fail("\(key): unknown setting '\(unknown)' (known: \(known.sorted().joined(separator: ", ")))")
        }
        for (name, path, range) in counts {
            guard let value = table[name] else { continue }
            guard let number = value as? Int, range.contains(number) else {
                throw fail("\(key): \(name) must be a whole number from \(range.lowerBound) to \(range.upperBound), not '\(value)'")
            }
            policy[keyPath: path] = number
        }
        if let value = table["claim_minutes"] {
            guard let minutes = value as? Int, (1...480).contains(minutes) else {
                throw fail("\(key): claim_minutes must be a whole number from 1 to 480, not '\(value)'")
            }
            policy.claimDuration = TimeInterval(minutes * 60)
        }
        if let value = table["calling_hours"] {
            policy.callingHours.defaultHours = try hours(value, setting: "calling_hours", fail: fail)
        }
        if let value = table["calling_hours_by_zone"] {
            guard let zones = value as? [String: Any] else {
                throw fail("\(key): calling_hours_by_zone must map time zones to hours ({America/Bogota: 07:00-19:00 mon-fri})")
            }
            for zone in zones.keys.sorted() {
                guard TimeZone(identifier: zone) != nil else { throw fail("\(key): '\(zone)' is not an IANA time zone") }
                policy.callingHours = policy.callingHours.setting(try hours(zones[zone]!, setting: zone, fail: fail), forZone: zone)
            }
        }
        return policy
    }

    private static func hours(_ value: Any, setting: String, fail: (String) -> Failure) throws -> CallingHours {
        guard let text = value as? String, let hours = CallingHours(parsing: text) else {
            throw fail("\(key): \(setting) must read like 08:00-21:00 mon-sat, not '\(value)'")
        }
        return hours
    }
}
