import CobroDomain

/// The clerks' short notes, in the customer's language.
enum DemoContactNotes {
    static func note(_ outcome: ContactOutcome, _ language: Language, _ random: inout DemoRandom) -> String {
        let english = language == .en
        switch outcome {
        case .noAnswer:
            return random.pick(english ? ["No answer.", "Rang out, no answer.", "Line busy.", "No one picked up."]
                                       : ["No contesta.", "Da tono, nadie contesta.", "Comunica.", "Sin respuesta."])
        case .voicemail:
            return random.pick(english ? ["Left a voicemail asking them to call back.", "Voicemail; left our number.", "Left message with our reference."]
                                       : ["Dejo mensaje en el contestador.", "Buzón de voz; dejo nuestro teléfono.", "Mensaje con la referencia de las facturas."])
        case .wrongNumber:
            return random.pick(english ? ["Wrong number; the company is not known there.", "Number belongs to someone else."]
                                       : ["Número equivocado; no conocen la empresa.", "El número es de otra persona."])
        case .rightParty:
            return random.pick(english ? ["Spoke with accounts payable; they will review the invoices.", "Reminded them of the overdue balance.",
                                          "They are waiting for a customer to pay them.", "Sent a statement while on the phone."]
                                       : ["Hablo con administración; revisarán las facturas.", "Le recuerdo el saldo vencido.",
                                          "Esperan un cobro de un cliente para pagar.", "Le envío el extracto durante la llamada."])
        case .promise:
            return english ? "Promised to pay." : "Promete pagar."
        case .dispute:
            return random.pick(english ? ["Disputes an invoice: goods arrived damaged.", "Says the prices do not match the order.", "Claims the delivery never arrived."]
                                       : ["Reclama una factura: mercancía dañada.", "Dice que los precios no coinciden con el pedido.", "Afirma que no recibió el envío."])
        case .refused:
            return random.pick(english ? ["Refuses to pay until further notice.", "Hung up when asked about the balance.", "Says they owe nothing."]
                                       : ["Se niega a pagar por ahora.", "Cuelga al preguntarle por el saldo.", "Dice que no nos debe nada."])
        case .paid:
            return random.pick(english ? ["Says they paid last week; asked for the transfer receipt.", "Payment sent yesterday, they say.", "Paid by cheque, in the mail."]
                                       : ["Dice que pagó la semana pasada; pido el justificante.", "Según ellos, transferencia hecha ayer.", "Pagado con cheque, está en camino."])
        case .callback:
            return random.pick(english ? ["The person in charge is out; asked us to call back.", "In a meeting, call back later.", "Asked to be called back."]
                                       : ["La responsable no está; piden que volvamos a llamar.", "Está reunido, llamar más tarde.", "Pide que le llamemos."])
        case .other:
            return random.pick(english ? ["Receptionist took a message.", "Asked for a copy of the invoices by e-mail."]
                                       : ["Recepción toma nota del recado.", "Piden copia de las facturas por e-mail."])
        }
    }

    static func promiseNote(_ language: Language, date: CivilDate, _ random: inout DemoRandom) -> String {
        let when = date.formatted(in: language)
        return random.pick(language == .en
            ? ["Promised to pay by \(when).", "Will transfer on \(when).", "Payment run on \(when), they say."]
            : ["Promete pagar el \(when).", "Hará la transferencia el \(when).", "Dice que pagan en la remesa del \(when)."])
    }

    static func nextAction(_ outcome: ContactOutcome, _ language: Language, _ random: inout DemoRandom) -> String {
        let english = language == .en
        switch outcome {
        case .callback: return english ? "Call back at the time agreed" : "Llamar a la hora acordada"
        case .dispute: return english ? "Check the delivery note with sales" : "Revisar el albarán con ventas"
        case .paid: return english ? "Check the bank statement" : "Comprobar el extracto del banco"
        case .wrongNumber: return english ? "Find a new phone number" : "Buscar otro teléfono"
        case .refused: return english ? "Consider a formal demand letter" : "Valorar requerimiento formal"
        default:
            return random.pick(english ? ["Try again in a few days", "Send statement by e-mail"]
                                       : ["Volver a llamar en unos días", "Enviar extracto por e-mail"])
        }
    }

    static func writtenNote(letter: Bool, reply: ContactOutcome?, _ language: Language, _ random: inout DemoRandom) -> String {
        let english = language == .en
        switch reply {
        case .dispute?: return english ? "Customer writes disputing an invoice." : "El cliente escribe reclamando una factura."
        case .paid?: return english ? "Customer sends the transfer receipt." : "El cliente envía el justificante de transferencia."
        case .some: return english ? "Customer asks for copies of the invoices." : "El cliente pide copia de las facturas."
        case nil:
            if letter {
                return random.pick(english ? ["Reminder letter sent.", "Final notice sent by registered mail."]
                                           : ["Enviada carta de recordatorio.", "Enviado último aviso por burofax."])
            }
            return random.pick(english ? ["Payment reminder e-mailed.", "Statement of account e-mailed."]
                                       : ["Enviado recordatorio de pago por e-mail.", "Enviado extracto de cuenta por e-mail."])
        }
    }

    static func handOverNote(_ status: CustomerStatus, _ language: Language, _ random: inout DemoRandom) -> String {
        let english = language == .en
        switch status {
        case .legal: return english ? "Letter before action sent; file passed to the lawyers." : "Requerimiento previo enviado; expediente a los abogados."
        case .agency: return english ? "Account handed to the collection agency." : "Cuenta traspasada a la agencia de recobro."
        case .writtenOff: return english ? "Last notice before write-off." : "Último aviso antes de dar la deuda por incobrable."
        default: return english ? "Reminder letter sent." : "Enviada carta de recordatorio."
        }
    }

    static func correctionNote(was: ContactOutcome, now: ContactOutcome, _ language: Language) -> String {
        language == .en ? "Correction: it was \(now.rawValue), not \(was.rawValue)."
                        : "Corrección: fue \(now.rawValue), no \(was.rawValue)."
    }
}
