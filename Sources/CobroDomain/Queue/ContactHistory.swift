import Foundation

/// A customer's contacts as they stand after corrections, oldest first.
///
/// Entries are never edited in place: a correction is a new entry that points at the one it
/// corrects. Here the correction's content (channel, direction, outcome, callback, promise)
/// replaces that of the entry it corrects, which keeps its own time; the correction itself is
/// not a contact, so it never counts as a call attempt nor starts a hold. The latest correction
/// of an entry wins; a correction of a correction amends the original; a correction whose entry
/// is not in the history is ignored.
public struct ContactHistory: Sendable {
    /// Ordinary contacts (no corrections), corrected, oldest first.
    public let contacts: [ContactEvent]

    public init(_ events: [ContactEvent]) {
        // The common case, checked in one pass: no corrections, already in time order (the
        // store reads them so); then the array is kept as it is, without a copy.
        var hasCorrections = false
        var inOrder = true
        for index in events.indices {
            if events[index].corrects != nil { hasCorrections = true }
            if index > 0, events[index - 1].at > events[index].at { inOrder = false }
        }
        guard hasCorrections else {
            contacts = inOrder ? events : events.sorted { $0.at < $1.at }
            return
        }
        var contacts = events.filter { !$0.isCorrection }
        var indexByID: [Int64: Int] = [:]
        for (index, event) in contacts.enumerated() {
            if let id = event.id { indexByID[id] = index }
        }
        let corrections = events.filter(\.isCorrection).sorted { ($0.at, $0.id ?? 0) < ($1.at, $1.id ?? 0) }
        // A correction of a correction: follow the chain back to the original contact.
        var targetOfCorrection: [Int64: Int64] = [:]
        for correction in corrections {
            if let id = correction.id, let target = correction.corrects { targetOfCorrection[id] = target }
        }
        for correction in corrections {
            guard var target = correction.corrects else { continue }
            var steps = 0
            while indexByID[target] == nil, let next = targetOfCorrection[target], steps < corrections.count {
                target = next
                steps += 1
            }
            guard let index = indexByID[target] else { continue }
            contacts[index].channel = correction.channel
            contacts[index].direction = correction.direction
            contacts[index].outcome = correction.outcome
            contacts[index].callbackAt = correction.callbackAt
            contacts[index].promise = correction.promise
        }
        self.contacts = contacts.sorted { $0.at < $1.at }
    }


    /// The contacts that had happened at `instant` (an `--at` in the past ignores later ones).
    func contacts(through instant: Date) -> ArraySlice<ContactEvent> {
        var end = contacts.endIndex
        while end > contacts.startIndex, contacts[end - 1].at > instant { end -= 1 }
        return contacts[..<end]
    }
}
