import CobroDomain
import CobroTemplates
import Foundation

/// An account with every field a template can name, and names that would break HTML escaping.
enum TemplateFixture {
    static let asOf = CivilDate(iso: "2026-11-23")!

    static func facts(contact: String? = "Ana Núñez") -> ReminderFacts {
        let euros = { (units: Int64) in Money(minorUnits: units, currency: .EUR) }
        let invoices = [
            OpenInvoice(number: "F-2026/0001", issueDate: CivilDate(iso: "2026-09-01")!, dueDate: CivilDate(iso: "2026-10-01")!,
                        amount: euros(123_456), open: euros(123_456), daysPastDue: 53, disputed: false),
            OpenInvoice(number: "F-2026/0002", issueDate: CivilDate(iso: "2026-10-01")!, dueDate: CivilDate(iso: "2026-10-31")!,
                        amount: euros(50_000), open: euros(25_000), daysPastDue: 23, disputed: false),
        ]
        let installments = [
            Installment(number: 1, dueDate: CivilDate(iso: "2026-12-31")!, amount: euros(50_000)),
            Installment(number: 2, dueDate: CivilDate(iso: "2027-01-31")!, amount: euros(48_456)),
        ]
        let agreement = PaymentAgreement(customerCode: "C001", agreementDate: asOf, amount: euros(148_456), downPayment: euros(50_000),
                                         frequency: .monthly, installments: installments, status: .active)
        let company = CompanyDetails(name: "Suministros López & Gómez <SL>", phone: "+34 910 000 000", email: "cobros@example.com",
                                     paymentMethods: [.es: ["Transferencia: ES91 2100 0418 4502 0005 1332"], .en: ["Bank transfer: ES91 2100 0418 4502 0005 1332"]])
        return ReminderFacts(
            customer: Customer(code: "C001", name: "Ferretería Núñez & Hijos <Madrid>", taxID: "B12345678", email: "ana@example.com"),
            contactName: contact, date: asOf, invoices: invoices, promise: PromiseToPay(amount: euros(25_000), date: CivilDate(iso: "2026-11-15")!),
            agreement: agreement, nextInstallment: installments[0], lateInterest: euros(1_234), compensation: euros(8_000),
            clerkName: "Marta Ruiz", company: company)
    }

    /// The package's `Templates/` folder.
    static var shipped: ShippedTemplates {
        ShippedTemplates.standard(executablePath: nil, currentDirectory: URL(fileURLWithPath: #filePath).deletingLastPathComponent().path)!
    }
}
