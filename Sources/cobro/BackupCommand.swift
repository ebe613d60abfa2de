import ArgumentParser
import CobroDomain
import CobroStore
import Foundation

struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Copy the database to a file, safely while clerks keep working.",
        discussion: """
            Uses SQLite's online backup: the copy is one consistent moment of the database, taken without \
            stopping anyone's work. It is written beside FILE under a hidden name, then moved into place, \
            so FILE is either the whole backup or untouched. The file is readable by its owner only (0600). \
            Restore it with `cobro restore FILE`.
            """
    )

    @Argument(help: ArgumentHelp("The backup file to write.", valueName: "file"))
    var file: String

    @Flag(name: .long, help: "Replace FILE when it exists (otherwise an existing file is refused).")
    var force = false

    @OptionGroup var options: DeskOptions

    func run() throws {
        try reportingFailures {
            let (database, settings) = try options.openDatabase()
            let summary = try fileFailures(in: settings.language) { try database.backup(to: file, replacing: force) }
            print(BackupWords(settings.language).written(summary))
        }
    }
}

/// The store's refusals about files, said in the user's language, exit 1.
func fileFailures<T>(in language: Language, _ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as BackupError {
        throw Failure("cobro: \(error.message(in: language))")
    } catch let error as StoreError {
        throw Failure("cobro: \(error.message(in: language))")
    } catch let error as UserError {
        throw Failure("cobro: \(error.message(in: language))")
    }
}

/// What `backup` and `restore` tell people, in Spanish and English.
struct BackupWords {
    let language: Language
    init(_ language: Language) { self.language = language }
    private var es: Bool { language == .es }

    func written(_ summary: BackupSummary) -> String {
        es ? "Copia de seguridad escrita en \(summary.path): \(contents(summary.customers, summary.invoices)), \(size(summary.bytes))."
            : "Backup written to \(summary.path): \(contents(summary.customers, summary.invoices)), \(size(summary.bytes))."
    }

    func restored(_ summary: RestoreSummary, into database: String) -> String {
        let kept = es ? "El contenido anterior se guarda en \(summary.kept.path)." : "The previous contents are kept in \(summary.kept.path)."
        return (es ? "Restaurada \(summary.restoredFrom) en \(database): \(contents(summary.customers, summary.invoices)). "
            : "Restored \(summary.restoredFrom) into \(database): \(contents(summary.customers, summary.invoices)). ") + kept
    }

    private func contents(_ customers: Int, _ invoices: Int) -> String {
        es ? "\(customers) \(customers == 1 ? "cliente" : "clientes"), \(invoices) \(invoices == 1 ? "factura" : "facturas")"
            : "\(customers) \(customers == 1 ? "customer" : "customers"), \(invoices) \(invoices == 1 ? "invoice" : "invoices")"
    }

    /// Bytes in the largest unit that keeps a whole number in front, one decimal past KB.
    private func size(_ bytes: Int64) -> String {
        guard bytes >= 1024 else { return "\(bytes) bytes" }
        let units = ["KB", "MB", "GB", "TB"]
        var value = Double(bytes) / 1024
        var unit = 0
        while value >= 1024, unit < units.count - 1 {
            value /= 1024
            unit += 1
        }
        let number = String(format: "%.1f", value)
        return "\(es ? number.replacingOccurrences(of: ".", with: ",") : number) \(units[unit])"
    }
}
