import Foundation

/// Picks the calling window for a customer's time zone. The zone stands in for the country
/// whose law protects the debtor: Mexico's zones get CONDUSEF's wider window, every other zone
/// the strictest common rule (Regulation F). The owner may override the default or any zone
/// from the config file, e.g. `calling_hours: "09:00-20:00 mon-fri"` or one line per zone.
public struct CallingHoursRule: Hashable, Sendable {
    /// The window of every zone not listed in `hoursByZone`.
    public var defaultHours: CallingHours
    /// Windows for particular IANA identifiers (exact match, as stored on the customer).
    public var hoursByZone: [String: CallingHours]

    public init(defaultHours: CallingHours = .regulationF, hoursByZone: [String: CallingHours] = CallingHoursRule.mexicoZones) {
        self.defaultHours = defaultHours
        self.hoursByZone = hoursByZone
    }

    /// Regulation F everywhere, CONDUSEF's window in Mexico.
    public static let standard = CallingHoursRule()

    /// The window for the zone with this IANA identifier.
    public func hours(forZone identifier: String) -> CallingHours {
        hoursByZone[identifier] ?? defaultHours
    }

    public func hours(for zone: TimeZone) -> CallingHours { hours(forZone: zone.identifier) }

    /// This rule with `hours` for `identifier` (a config override of one zone).
    public func setting(_ hours: CallingHours, forZone identifier: String) -> CallingHoursRule {
        var copy = self
        copy.hoursByZone[identifier] = hours
        return copy
    }

    /// Every IANA zone of Mexico (tzdata 2024), with the older names that link to them, all
    /// mapped to `CallingHours.mexico`.
    public static let mexicoZoneIdentifiers: [String] = [
        "America/Mexico_City", "America/Monterrey", "America/Merida", "America/Cancun",
        "America/Matamoros", "America/Chihuahua", "America/Ciudad_Juarez", "America/Ojinaga",
        "America/Mazatlan", "America/Bahia_Banderas", "America/Hermosillo", "America/Tijuana",
        // Backward links still found in old data.
        "America/Ensenada", "America/Santa_Isabel", "Mexico/BajaNorte", "Mexico/BajaSur", "Mexico/General",
    ]

    public static let mexicoZones: [String: CallingHours] =
        Dictionary(uniqueKeysWithValues: mexicoZoneIdentifiers.map { ($0, CallingHours.mexico) })
}
