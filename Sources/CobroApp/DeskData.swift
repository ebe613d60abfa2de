import Foundation
import AgingScreen
import CobroDomain
import CobroStore

/// What the desk reads from the store. Screens never see the store; the desk asks through this.
public protocol DeskData: Sendable {
    func agingReport(asOf: CivilDate) throws -> AgingReport
    func account(code: String, asOf: CivilDate) throws -> AccountSnapshot?
    func customerCount() throws -> Int
}

extension CobroDatabase: DeskData {}

/// Runs slow work (a report over a million invoices) off the key loop, so the desk keeps
/// answering keys; the result comes back as an event.
public protocol DeskWorkRunner: Sendable {
    func run(_ work: @escaping @Sendable () -> DeskEvent)
}

/// What background work reports back.
public enum DeskEvent: Sendable {
    case agingLoaded(PreparedAgingReport)
    case accountLoaded(code: String, AccountSnapshot?)
    case failed(String)
}

/// Who is at the desk, on which file, in which language, on which day.
public struct DeskContext: Sendable {
    public var databaseName: String
    public var user: String?
    public var language: Language
    public var today: CivilDate
    /// Where `e` writes exports.
    public var exportFolder: String
    /// The desk's zone: times on screen are on its clock.
    public var timeZone: TimeZone

    public init(databaseName: String, user: String?, language: Language, today: CivilDate, exportFolder: String,
                timeZone: TimeZone = .current) {
        self.databaseName = databaseName
        self.user = user
        self.language = language
        self.today = today
        self.exportFolder = exportFolder
        self.timeZone = timeZone
    }
}
