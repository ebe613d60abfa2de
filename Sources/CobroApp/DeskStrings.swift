import CobroDomain

/// The shell's words in Spanish and English.
struct DeskStrings {
    let language: Language
    init(_ language: Language) { self.language = language }

    private func pick(_ es: String, _ en: String) -> String { language == .es ? es : en }

    func screenTitle(_ screen: DeskScreen) -> String {
        switch screen {
        case .queue: return pick("Cola", "Queue")
        case .account: return pick("Cuenta", "Account")
        case .templates: return pick("Plantillas", "Templates")
        case .agreements: return pick("Acuerdos", "Agreements")
        case .aging: return pick("Antigüedad", "Aging")
        case .audit: return pick("Auditoría", "Audit")
        }
    }

    /// Who is acting, and as what: a clerk sees at a glance why an owner's key is refused.
    func header(database: String, user: String?, role: Role, today: String) -> String {
        let roleName = role == .owner ? pick("propietario", "owner") : pick("gestor", "clerk")
        let who = user.map { pick(" · usuario \($0) (\(roleName))", " · user \($0) (\(roleName))") } ?? ""
        return pick("Cobro · \(database)\(who) · hoy \(today)", "Cobro · \(database)\(who) · today \(today)")
    }

    var remind: String { pick("Recordatorio", "Reminder") }
    var remindHelp: String { pick("Enviar a este cliente un recordatorio desde una plantilla", "Send this customer a reminder from a template") }
    var help: String { pick("Ayuda", "Help") }
    var helpHelp: String { pick("Mostrar todas las teclas de esta pantalla", "Show every key of this screen") }
    var quit: String { pick("Salir", "Quit") }
    var quitHelp: String { pick("Salir de Cobro", "Leave Cobro") }
    var nextScreen: String { pick("Pantalla", "Screen") }
    var nextScreenHelp: String { pick("Ir a la pantalla siguiente", "Go to the next screen") }
    func goTo(_ screen: DeskScreen) -> String { pick("Ir a \(screenTitle(screen))", "Go to \(screenTitle(screen))") }
    func keysTitle(_ screen: DeskScreen) -> String { pick("Teclas — \(screenTitle(screen))", "Keys — \(screenTitle(screen))") }
    func takenByOther(_ code: String) -> String {
        pick("Otro gestor acaba de tomar \(code); la cola se ha actualizado.", "Another clerk has just taken \(code); the queue is updated.")
    }
    var nothingLeft: String { pick("No queda ninguna cuenta libre en la cola.", "No account is left free in the queue.") }
    var newAgreementTitle: String { pick("Nuevo acuerdo de pago", "New payment agreement") }
    var customerCodeQuestion: String { pick("¿Código del cliente?", "Customer code?") }
    var customerCodeEmpty: String { pick("Escriba el código de un cliente.", "Type a customer's code.") }
    func noCustomer(_ code: String) -> String { pick("No hay ningún cliente con el código \(code).", "There is no customer with code \(code).") }
    func agreementsFailed(_ message: String) -> String { pick("No se pudieron leer los acuerdos: \(message)", "Could not read the agreements: \(message)") }
    var whileTyping: String { pick("mientras escribe, es texto: termine o pulse Esc", "while you type it is text: finish or press Esc") }
    var quitTitle: String { pick("Salir", "Quit") }
    var quitQuestion: String { pick("Lo que ha escrito se perderá. ¿Salir de todos modos?", "What you typed will be lost. Quit anyway?") }
    var yes: String { pick("Sí", "Yes") }
    var no: String { pick("No", "No") }
    var yesShortcut: Character { language == .es ? "s" : "y" }

    func tooSmall(width: Int, height: Int) -> [String] {
        [pick("La ventana es demasiado pequeña", "The window is too small"),
         pick("Cobro necesita al menos \(DeskState.minimumWidth)×\(DeskState.minimumHeight); ahora \(width)×\(height).",
              "Cobro needs at least \(DeskState.minimumWidth)×\(DeskState.minimumHeight); now \(width)×\(height)."),
         pick("Agrande la ventana para seguir.", "Make the window larger to go on.")]
    }

    var welcomeTitle: String { pick("Bienvenido a Cobro", "Welcome to Cobro") }
    func welcome(database: String) -> [String] {
        pick("""
            La base de datos \(database) está vacía. Para empezar, importe lo que exporta su contabilidad:

              cobro import customers clientes.csv     (code,name[,tax_id,phone,email,…])
              cobro import invoices facturas.csv      (number,customer_code,issue_date,due_date,amount,currency)
              cobro import payments cobros.csv        (customer_code,date,amount,currency[,invoice_number])

            o pruebe Cobro con una cartera de ejemplo:

              cobro demo --db /tmp/demo.sqlite

            Pulse q para salir.
            """, """
            The database \(database) is empty. To begin, import what your accounting system exports:

              cobro import customers customers.csv    (code,name[,tax_id,phone,email,…])
              cobro import invoices invoices.csv      (number,customer_code,issue_date,due_date,amount,currency)
              cobro import payments payments.csv      (customer_code,date,amount,currency[,invoice_number])

            or try Cobro on a demo portfolio:

              cobro demo --db /tmp/demo.sqlite

            Press q to quit.
            """).components(separatedBy: "\n")
    }

    func exported(rows: Int, path: String) -> String { pick("Exportadas \(rows) filas a \(path)", "Exported \(rows) rows to \(path)") }
    func exportFailed(_ path: String, _ reason: String) -> String { pick("No se pudo escribir \(path): \(reason)", "Could not write \(path): \(reason)") }
}
