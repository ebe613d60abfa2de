import ArgumentParser

@main
struct Cobro: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cobro",
        abstract: "A terminal collections desk: customers, invoices, payments, calls and the aging report in one SQLite file.",
        discussion: """
            The database is --db PATH, else $COBRO_DB, else $XDG_DATA_HOME/cobro/cobro.sqlite, else
            ~/.local/share/cobro/cobro.sqlite. A missing or empty file is created. Exit status: 0 success,
            1 an error (bad input, refused action), 64 a usage error.
            """,
        subcommands: [DeskCommand.self, ImportCommand.self, ExportCommand.self, ReportCommand.self, DemoCommand.self, QueueCommand.self, LogCommand.self, AgreementCommand.self, RemindCommand.self, BackupCommand.self, RestoreCommand.self, RetentionCommand.self, AuditCommand.self, UserCommand.self, BenchCommand.self],
        defaultSubcommand: DeskCommand.self
    )
}
