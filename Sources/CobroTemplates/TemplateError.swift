import CobroDomain

/// Which text of a template a problem is in.
public enum TemplatePart: String, Sendable {
    case subject, body
}

/// Why a template cannot be rendered for an account, found before anything is sent.
public struct TemplateError: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Problem: Equatable, Sendable {
        /// `{{name` with no `}}`.
        case unclosedTag(line: Int)
        /// `{{}}`.
        case emptyTag(line: Int)
        /// Any other Mustache syntax error, as the Mustache parser words it.
        case syntax(line: Int, detail: String)
        /// A name that is no field (`{{contact_nam}}`).
        case unknownField(name: String, line: Int)
        /// A list used as text (`{{invoices}}`) instead of as a section.
        case listAsText(field: TemplateField, line: Int)
        /// A partial, parent, block, delimiter change or pragma the reminder language does not have.
        case unsupportedTag(tag: String, line: Int)
        /// `{{/name}}` that closes nothing, or a section never closed.
        case unbalancedSection(name: String, line: Int)
        /// An e-mail template without a subject.
        case missingSubject
        /// A field the template needs that this account (or the company settings) does not have.
        case missingField(field: TemplateField, customer: String)
    }

    public var template: TemplateKey
    public var part: TemplatePart
    public var problem: Problem

    public init(template: TemplateKey, part: TemplatePart, problem: Problem) {
        self.template = template
        self.part = part
        self.problem = problem
    }

    public var description: String { message(in: .en) }

    /// The message for the clerk or the run's report, naming the template and the field.
    public func message(in language: Language) -> String {
        let es = language == .es
        let name = es ? "la plantilla \(template)" : "template \(template)"
        let place: (Int) -> String = { line in
            let part = self.part == .subject ? (es ? "asunto" : "subject") : (es ? "texto" : "body")
            return es ? "\(name) (\(part), línea \(line))" : "\(name) (\(part), line \(line))"
        }
        switch problem {
        case .unclosedTag(let line):
            return es ? "\(place(line)): una etiqueta {{ no se cierra con }}" : "\(place(line)): a tag {{ is not closed with }}"
        case .emptyTag(let line):
            return es ? "\(place(line)): etiqueta vacía {{}}" : "\(place(line)): an empty tag {{}}"
        case .syntax(let line, let detail):
            return es ? "\(place(line)): error de sintaxis Mustache (\(detail))" : "\(place(line)): Mustache syntax error (\(detail))"
        case .unknownField(let field, let line):
            let list = TemplateField.allCases.first { $0.itemFields?.contains(field) == true }
            if let list {
                return es ? "\(place(line)): «\(field)» es un campo de cada elemento de \(list.rawValue): úsalo dentro de {{#\(list.rawValue)}}…{{/\(list.rawValue)}}"
                    : "\(place(line)): '\(field)' is a field of each item of \(list.rawValue): use it inside {{#\(list.rawValue)}}…{{/\(list.rawValue)}}"
            }
            return es ? "\(place(line)): «\(field)» no es un campo de las plantillas" : "\(place(line)): '\(field)' is not a template field"
        case .listAsText(let field, let line):
            return es ? "\(place(line)): \(field.rawValue) es una lista: escribe {{#\(field.rawValue)}}…{{/\(field.rawValue)}}"
                : "\(place(line)): \(field.rawValue) is a list: write {{#\(field.rawValue)}}…{{/\(field.rawValue)}}"
        case .unsupportedTag(let tag, let line):
            return es ? "\(place(line)): \(tag) no se admite en las plantillas (solo campos y secciones)"
                : "\(place(line)): \(tag) is not supported in templates (only fields and sections)"
        case .unbalancedSection(let section, let line):
            return es ? "\(place(line)): la sección \(section) no está bien abierta y cerrada ({{#\(section)}}…{{/\(section)}})"
                : "\(place(line)): section \(section) is not opened and closed as {{#\(section)}}…{{/\(section)}}"
        case .missingSubject:
            return es ? "\(name): un correo necesita asunto" : "\(name): an e-mail needs a subject"
        case .missingField(let field, let customer):
            return es ? "\(name) necesita \(field.rawValue); \(Self.absence(field, customer: customer, es: true))"
                : "\(name) needs \(field.rawValue); \(Self.absence(field, customer: customer, es: false))"
        }
    }

    private static func absence(_ field: TemplateField, customer: String, es: Bool) -> String {
        switch field {
        case .contactName: return es ? "\(customer) no tiene persona de contacto" : "\(customer) has no contact person"
        case .customerTaxID: return es ? "\(customer) no tiene NIF/CIF" : "\(customer) has no tax ID"
        case .customerName, .customerCode, .date, .invoices, .totalDue:
            return es ? "el mensaje para \(customer) no incluye facturas" : "the message to \(customer) covers no invoice"
        case .totalOverdue, .daysOverdue:
            return es ? "el mensaje para \(customer) no incluye facturas vencidas" : "the message to \(customer) covers no overdue invoice"
        case .promiseAmount, .promiseDate: return es ? "\(customer) no tiene promesa de pago" : "\(customer) has no promise to pay"
        case .agreementDate, .agreementAmount, .agreementDownPayment, .agreementInstallmentCount, .agreementFrequency, .installments:
            return es ? "\(customer) no tiene acuerdo de pago" : "\(customer) has no payment agreement"
        case .nextInstallmentAmount, .nextInstallmentDate:
            return es ? "\(customer) no tiene plazos pendientes" : "\(customer) has no installment left to pay"
        case .lateInterest, .compensation, .totalClaimed:
            return es ? "no se han calculado intereses de demora ni compensación para \(customer)"
                : "no late-payment interest or compensation was computed for \(customer)"
        case .clerkName: return es ? "el mensaje no lleva nombre de gestor" : "no clerk signs the message"
        case .companyName: return es ? "config.yaml no indica la empresa (company: name:)" : "config.yaml names no company (company: name:)"
        case .companyPhone: return es ? "config.yaml no indica el teléfono de la empresa (company: phone:)" : "config.yaml gives no company phone (company: phone:)"
        case .companyEmail: return es ? "config.yaml no indica el correo de la empresa (company: email:)" : "config.yaml gives no company e-mail (company: email:)"
        case .paymentMethods: return es ? "config.yaml no indica formas de pago (company: payment_methods:)" : "config.yaml lists no payment methods (company: payment_methods:)"
        }
    }
}
