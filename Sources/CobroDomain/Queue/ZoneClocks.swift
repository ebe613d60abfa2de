import Foundation

/// The queue's view of one time zone at the queue's instant: today's local date, the local clock,
/// the calling window and whether it is open. Every customer of a zone shares it, so the queue
/// reads the calendar once per zone, not once per customer.
struct ZoneClock {
    let zone: TimeZone
    /// Local days of the zone over the year before the instant, where the rules look.
    let days: LocalDays
    let today: CivilDate
    let local: LocalClock
    let hours: CallingHours
    let isCallingTime: Bool

    init(zone: TimeZone, at instant: Date, policy: ContactPolicy) {
        self.zone = zone
        days = LocalDays(zone: zone, from: instant.addingTimeInterval(-400 * 86_400), until: instant.addingTimeInterval(86_400))
        local = LocalClock(instant, in: zone)
        today = local.date
        hours = policy.callingHours.hours(for: zone)
        isCallingTime = hours.allows(local)
    }
}

/// Zone clocks by identifier, built on first use. Slot 0 is the desk's.
struct ZoneClocks {
    let instant: Date
    let policy: ContactPolicy
    private(set) var clocks: [ZoneClock]
    private var slotByIdentifier: [String: Int] = [:]
    // Portfolios list customers of one zone together often enough that remembering the last
    // lookup saves most of the hashing.
    private var lastIdentifier: String?
    private var lastSlot = 0

    init(at instant: Date, deskTimeZone: TimeZone, policy: ContactPolicy) {
        self.instant = instant
        self.policy = policy
        clocks = [ZoneClock(zone: deskTimeZone, at: instant, policy: policy)]
    }

    /// The slot of the zone named `identifier`; the desk's (0) for nil or an unknown identifier.
    mutating func slot(for identifier: String?) -> Int {
        guard let identifier else { return 0 }
        if identifier == lastIdentifier { return lastSlot }
        let slot: Int
        if let known = slotByIdentifier[identifier] {
            slot = known
        } else if let zone = TimeZone(identifier: identifier) {
            clocks.append(ZoneClock(zone: zone, at: instant, policy: policy))
            slot = clocks.count - 1
            slotByIdentifier[identifier] = slot
        } else {
            slot = 0
            slotByIdentifier[identifier] = 0
        }
        lastIdentifier = identifier
        lastSlot = slot
        return slot
    }
}
