/// Company and person names for the demo, built from parts so that thousands of customers get
/// varied, plausible names (with the accents and ñ the desk must display correctly).
enum DemoNames {
    /// A company name, and the part of it without the legal form (from which its web domain is made).
    struct Company {
        var name: String
        var core: String
    }

    static func company(in region: DemoRegion, english: Bool, _ random: inout DemoRandom) -> Company {
        let core = english ? englishCore(region, &random) : spanishCore(&random)
        // Small shops trade under their plain name, without a legal form ("Óptica Ñandú").
        guard !random.chance(perMille: 120) else { return Company(name: core, core: core) }
        let form = random.weighted(region.legalForms)
        return Company(name: core + " " + form, core: core)
    }

    private static func spanishCore(_ random: inout DemoRandom) -> String {
        switch random.below(100) {
        case 0..<45: return random.pick(spanishTrades) + " " + random.pick(spanishSurnames)
        case 45..<65: return random.pick(spanishTrades) + " " + random.pick(spanishFancyNames)
        case 65..<77:
            let first = random.pick(spanishSurnames)
            var second = random.pick(spanishSurnames)
            if second == first { second = "Asociados" }
            // "y" becomes "e" before an i- sound: "Peña e Ibáñez".
            let conjunction = second.hasPrefix("I") || second.hasPrefix("Í") || second.hasPrefix("Hi") ? "e" : "y"
            return "\(first) \(conjunction) \(second)"
        case 77..<89: return "Hermanos " + random.pick(spanishSurnames)
        default: return "Grupo " + random.pick(spanishFancyNames)
        }
    }

    private static func englishCore(_ region: DemoRegion, _ random: inout DemoRandom) -> String {
        // English-speaking businesses in Spain name themselves after the coast they settled on.
        let places = region == .spain ? spanishCoastPlaces : englishPlaces
        switch random.below(100) {
        case 0..<50: return random.pick(places) + " " + random.pick(englishTrades)
        case 50..<78: return random.pick(englishSurnames) + " " + random.pick(englishTrades)
        case 78..<90: return random.pick(englishSurnames) + " & Sons"
        default: return random.pick(englishSurnames) + " Brothers " + random.pick(englishTrades)
        }
    }

    /// A person's full name: Spanish speakers usually carry two surnames.
    static func person(english: Bool, _ random: inout DemoRandom) -> (first: String, last: String) {
        if english { return (random.pick(englishFirstNames), random.pick(englishSurnames)) }
        let first = random.pick(spanishFirstNames)
        let last = random.pick(spanishSurnames)
        return random.chance(perMille: 600) ? (first, last + " " + random.pick(spanishSurnames)) : (first, last)
    }

    static func role(english: Bool, _ random: inout DemoRandom) -> String {
        random.pick(english ? englishRoles : spanishRoles)
    }

    /// The mailbox a company's invoices go to.
    static func billingMailbox(english: Bool, _ random: inout DemoRandom) -> String {
        random.pick(english ? ["ap", "accounts", "billing", "office", "payables"]
                            : ["administracion", "facturas", "contabilidad", "cobros", "pagos", "info"])
    }

    /// The free-text note a clerk left on some accounts.
    static func note(english: Bool, _ random: inout DemoRandom) -> String {
        random.pick(english ? englishNotes : spanishNotes)
    }

    /// Lower-case ASCII letters and digits only, accents removed: "Ferretería Núñez" → "ferreterianunez".
    static func asciiSlug(_ text: String) -> String {
        var slug = ""
        for character in text.lowercased() {
            if let plain = unaccented[character] {
                slug.append(plain)
            } else if character.isASCII, character.isLetter || character.isNumber {
                slug.append(character)
            }
        }
        return slug
    }

    private static let unaccented: [Character: Character] = [
        "á": "a", "à": "a", "ä": "a", "é": "e", "è": "e", "ë": "e", "í": "i", "ï": "i",
        "ó": "o", "ö": "o", "ú": "u", "ü": "u", "ñ": "n", "ç": "c",
    ]

    // MARK: - Parts

    private static let spanishTrades = [
        "Ferretería", "Distribuciones", "Construcciones", "Transportes", "Talleres", "Suministros",
        "Instalaciones", "Reformas", "Carpintería", "Panadería", "Farmacia", "Óptica", "Librería",
        "Papelería", "Electricidad", "Fontanería", "Climatización", "Gráficas", "Asesoría", "Consultoría",
        "Frutas", "Cárnicas", "Conservas", "Bodegas", "Muebles", "Maderas", "Aceites", "Materiales",
        "Excavaciones", "Autocares", "Clínica Dental", "Laboratorios", "Textiles", "Calzados",
        "Hormigones", "Pinturas", "Cristalería", "Cerrajería", "Mudanzas", "Jardinería", "Limpiezas",
        "Comercial", "Importaciones", "Logística", "Agropecuaria", "Panificadora", "Mariscos",
        "Automoción", "Neumáticos", "Peluquería", "Cafetería", "Vidrios", "Metalúrgica",
    ]

    private static let spanishSurnames = [
        "Núñez", "Ibáñez", "Muñoz", "Peña", "Castaño", "Pérez", "Gómez", "Martínez", "Rodríguez",
        "Sánchez", "López", "Hernández", "Fernández", "Álvarez", "Jiménez", "Ruiz", "Díaz", "Moreno",
        "Romero", "Alonso", "Gutiérrez", "Navarro", "Torres", "Domínguez", "Vázquez", "Ramos", "Gil",
        "Ramírez", "Serrano", "Blanco", "Suárez", "Molina", "Morales", "Ortega", "Delgado", "Castro",
        "Ortiz", "Rubio", "Marín", "Sanz", "Iglesias", "Medina", "Garrido", "Cortés", "Castillo",
        "Santos", "Lozano", "Guerrero", "Cano", "Prieto", "Méndez", "Cruz", "Calvo", "Gallego", "Vidal",
        "León", "Márquez", "Herrera", "Ordóñez", "Montaño", "Cuesta", "Echeverría", "Zúñiga", "Urquijo",
        "Aragón", "Saldaña", "Villaseñor", "Treviño", "Carreño", "Figueroa", "Valdés", "Araya", "Rojas",
        "Contreras", "Sepúlveda", "Quiñones", "Iturbe", "Ugarte", "Espinoza", "Bermúdez", "Galán",
    ]

    private static let spanishFancyNames = [
        "Ñandú", "La Espiga", "El Faro", "Sol y Mar", "La Alameda", "Los Olivos", "El Roble",
        "La Estrella", "Aurora", "Alborada", "Mediterráneo", "Cantábrico", "del Sur", "del Norte",
        "Andina", "Pacífico", "Azteca", "La Montaña", "Río Claro", "Las Dunas", "El Molino",
        "Puerta del Sol", "Guadalquivir", "Ébano", "Arrayán", "Cóndor", "Quetzal", "Maguey",
        "Araucaria", "Peñalara", "Montaña Azul", "Valle Verde", "Señorío", "La Cigüeña", "Atalaya",
    ]

    private static let spanishFirstNames = [
        "María", "José", "Ana", "Jesús", "Lucía", "Ángel", "Inés", "Raúl", "Begoña", "Íñigo", "Nuria",
        "Sofía", "Andrés", "Mónica", "Óscar", "Julián", "Verónica", "Ramón", "Iñaki", "Marta", "Carmen",
        "Javier", "Patricia", "Tomás", "Rocío", "Martín", "Elena", "Sebastián", "Camila", "Valentina",
        "Matías", "Guadalupe", "Alejandro", "Ximena", "Joaquín", "Pilar", "Rubén", "Maite", "Gonzalo",
    ]

    private static let englishPlaces = [
        "Harbor Lane", "Maple Ridge", "Blue River", "Oak Hill", "Riverside", "Lakeside", "Summit",
        "Pioneer", "Evergreen", "Hudson Valley", "Brookfield", "Cedar Creek", "Silver Lake", "Liberty",
        "Keystone", "Northwind", "Red Rock", "Sunrise", "Union Square", "Willow Bend", "Bayview",
        "Ironwood", "Copper Canyon", "Prairie", "Atlantic", "Great Lakes", "Hillcrest", "Stonebridge",
    ]

    private static let spanishCoastPlaces = [
        "Costa Blanca", "Costa del Sol", "Marbella", "Mallorca", "Ibiza", "Sotogrande", "Altea Hills",
    ]

    private static let englishTrades = [
        "Supplies", "Hardware", "Logistics", "Construction", "Foods", "Distributors", "Electric",
        "Plumbing", "Landscaping", "Printing", "Auto Parts", "Medical Supply", "Office Solutions",
        "Builders", "Trading", "Manufacturing", "Fabrication", "Packaging", "Tile & Stone", "Lumber",
        "Roofing", "HVAC Services", "Marine", "Bakery", "Coffee Roasters", "Dental Lab", "Optical",
        "Cleaning Services", "Freight", "Property Services", "Café",
    ]

    private static let englishSurnames = [
        "Miller", "Johnson", "O'Brien", "Sullivan", "Walker", "Carter", "Bennett", "Hughes", "Foster",
        "Reed", "Murphy", "Brooks", "Hayes", "Coleman", "Price", "Wallace", "Fisher", "Griffin",
        "Palmer", "Shaw", "Kowalski", "Nguyen", "Patel", "Rossi", "Schmidt", "Thompson", "Harris",
        "Clark", "Lewis", "Young", "McAllister", "Delgado", "Okafor", "Brennan",
    ]

    private static let englishFirstNames = [
        "James", "Mary", "Robert", "Patricia", "Michael", "Jennifer", "David", "Linda", "Emily",
        "Daniel", "Sarah", "Kevin", "Megan", "Brian", "Laura", "Chris", "Rachel", "Tom", "Karen",
        "Steve", "Nicole", "Greg", "Amanda", "Sean", "Zoë", "Renée", "José", "Aisha",
    ]

    private static let spanishRoles = [
        "Cuentas por pagar", "Administración", "Gerente", "Tesorería", "Contabilidad",
        "Director financiero", "Propietario", "Compras",
    ]

    private static let englishRoles = [
        "Accounts Payable", "Controller", "Owner", "Office Manager", "CFO", "Bookkeeper", "Purchasing",
    ]

    private static let spanishNotes = [
        "Pagan por confirming a 90 días.", "Solo atienden por las mañanas.", "Cliente desde 2015.",
        "Piden la factura en PDF al correo de administración.", "Cierran en agosto.",
        "El gerente prefiere WhatsApp.", "Remesa de recibos el día 5 de cada mes.",
        "Exigen número de pedido en la factura.",
    ]

    private static let englishNotes = [
        "Pays on the 15th and the 30th only.", "Ask for Accounts Payable, not reception.",
        "Needs a PO number on every invoice.", "Customer since 2017.",
        "Prefers e-mail over phone calls.", "Check run every Thursday.",
    ]
}
