import ArgumentParser
import CobroStore
import Foundation

struct RestoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: "Replace the database's contents with a backup (owner only).",
        discussion: """
            FILE must be a Cobro database (a backup made by `cobro backup`, or a copy of a database): not \
            another program's, not from a newer Cobro, passing SQLite's integrity check; otherwise nothing \
            changes. An older Cobro file is brought up to date in a copy; FILE itself is only read. The \
            current contents are first kept beside the database as NAME.before-restore-TIMESTAMP.sqlite \
            (0600). Clerks may keep the database open: they see the restored contents on their next read. \
            The restore is recorded in the audit trail.
            """
    )

    @Argument(help: ArgumentHelp("The backup to restore.", valueName: "file"))
    var file: String

    @OptionGroup var options: DeskOptions

    func run() throws {
        try reportingFailures {
            let (database, settings) = try options.openDatabase()
            let summary = try fileFailures(in: settings.language) {
                try database.restore(from: file, user: settings.user, at: Date())
            }
            print(BackupWords(settings.language).restored(summary, into: database.path))
        }
    }
}
