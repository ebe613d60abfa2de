import CobroDomain

/// The words of a demo reminder: the contact-log note as `cobro remind` writes it, and a short
/// plain text in the customer's language standing for the rendered template (rendering the
/// shipped templates for every reminder of a large portfolio would cost more than writing it).
enum DemoReminderText {
    struct Line {
        var number: String
        var dueDate: CivilDate
        var open: Money
    }

    /// `first (email): F-1, F-2 — <subject>`; a letter has no subject.
    static func note(_ reminder: DemoReminder, numbers: [String], language: Language) -> String {
        let note = reminder.stage.name + " (" + reminder.channel.rawValue + "): " + numbers.joined(separator: ", ")
        guard reminder.channel == .email else { return note }
        return note + " — " + wording(reminder.stage.name, language).subject
    }

    static func body(_ reminder: DemoReminder, lines: [Line], customerName: String, language: Language) -> String {
        let words = wording(reminder.stage.name, language)
        let spanish = language == .es
        var text = ""
        if reminder.channel == .letter { text += reminder.on.formatted(in: language) + "\n\n" + customerName + "\n\n" }
        text += (spanish ? "Estimados señores:" : "Dear Sir or Madam,") + "\n\n" + words.opening + "\n\n"
        for line in lines {
            let due = reminder.on < line.dueDate ? (spanish ? "vence el " : "due ") : (spanish ? "vencida el " : "was due ")
            text += "  - " + (spanish ? "Factura " : "Invoice ") + line.number + ", " + due + line.dueDate.formatted(in: language)
                + ": " + line.open.formatted(in: language) + "\n"
        }
        text += "\n" + "Total: " + total(lines).map { $0.formatted(in: language) }.joined(separator: " + ") + "\n\n"
        text += words.closing + "\n\n" + (spanish ? "Atentamente,\nDepartamento de cobros" : "Kind regards,\nAccounts receivable") + "\n"
        return text
    }

    /// One sum per currency, in the order the currencies first appear.
    private static func total(_ lines: [Line]) -> [Money] {
        var sums: [Money] = []
        for line in lines {
            if let index = sums.firstIndex(where: { $0.currency == line.open.currency }) {
                sums[index] = Money(minorUnits: sums[index].minorUnits + line.open.minorUnits, currency: line.open.currency)
            } else {
                sums.append(line.open)
            }
        }
        return sums
    }

    private struct Wording {
        var subject: String
        var opening: String
        var closing: String
    }

    /// The shipped templates' subjects (without the company's name, which the demo does not know)
    /// and the gist of their bodies.
    private static func wording(_ stage: String, _ language: Language) -> Wording {
        switch (stage, language) {
        case ("courtesy", .es):
            Wording(subject: "Próximo vencimiento de sus facturas",
                    opening: "Le recordamos que las siguientes facturas vencen en los próximos días:",
                    closing: "Si ya ha realizado el pago, no tenga en cuenta este mensaje.")
        case ("courtesy", .en):
            Wording(subject: "Invoices falling due soon",
                    opening: "This is a friendly reminder that the following invoices fall due in the next few days:",
                    closing: "If you have already paid, please disregard this message.")
        case ("second", .es):
            Wording(subject: "Segundo aviso: facturas pendientes",
                    opening: "A pesar de nuestro recordatorio anterior, las siguientes facturas siguen pendientes de pago:",
                    closing: "Le rogamos que efectúe el pago sin más demora o que nos llame para acordar una solución.")
        case ("second", .en):
            Wording(subject: "Second notice: unpaid invoices",
                    opening: "Despite our earlier reminder, the following invoices are still unpaid:",
                    closing: "Please pay without further delay, or call us to agree a way forward.")
        case ("final", .es):
            Wording(subject: "Último aviso antes de requerimiento formal: facturas pendientes",
                    opening: "Pese a nuestros avisos anteriores, las siguientes facturas siguen sin pagarse:",
                    closing: "Le rogamos que abone el importe vencido en un plazo de diez días; de lo contrario, le enviaremos un requerimiento formal de pago.")
        case ("final", .en):
            Wording(subject: "Final notice before a formal demand: unpaid invoices",
                    opening: "Despite our earlier reminders, the following invoices remain unpaid:",
                    closing: "Please pay the overdue amount within ten days; otherwise we will send a formal demand for payment.")
        case ("demand", .es):
            Wording(subject: "Requerimiento de pago",
                    opening: "Por la presente le requerimos formalmente el pago de las siguientes facturas vencidas:",
                    closing: "Si no recibimos el pago en un plazo de diez días, iniciaremos las acciones legales oportunas.")
        case ("demand", .en):
            Wording(subject: "Formal demand for payment",
                    opening: "We hereby formally demand payment of the following overdue invoices:",
                    closing: "If we do not receive payment within ten days, we will take legal action to recover the debt.")
        case (_, .es):
            Wording(subject: "Recordatorio: facturas vencidas",
                    opening: "Según nuestros registros, las siguientes facturas siguen pendientes de pago:",
                    closing: "Le agradeceremos que efectúe el pago en los próximos días. Si ya lo ha hecho, no tenga en cuenta este mensaje.")
        case (_, .en):
            Wording(subject: "Reminder: overdue invoices",
                    opening: "According to our records, the following invoices remain unpaid:",
                    closing: "Please pay in the next few days. If you have already paid, please disregard this message.")
        }
    }
}
