// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Cobro",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "cobro", targets: ["cobro"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        // Scrypt for users' PINs (BoringSSL's, through CryptoExtras).
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
    ],
    targets: [
        .target(name: "CobroDomain"),
        // Validates and renders reminder templates (Mustache): pure like the domain, apart so the
        // domain keeps to Foundation while the store, the commands and the templates screen share it.
        .target(
            name: "CobroTemplates",
            dependencies: ["CobroDomain", .product(name: "Mustache", package: "swift-mustache")]
        ),
        // glibc's heap settings for writing a large demo (a no-op elsewhere).
        .target(name: "CSystem"),
        .target(
            name: "CobroStore",
            dependencies: ["CobroDomain", "CSystem", .product(name: "GRDB", package: "GRDB.swift"),
                           .product(name: "CryptoExtras", package: "swift-crypto")]
        ),
        .systemLibrary(name: "CNcurses", path: "Sources/CNcurses"),
        .target(
            name: "CobroTerminal",
            dependencies: ["CNcurses", .product(name: "Yams", package: "Yams")]
        ),
        .target(name: "AgingScreen", dependencies: ["CobroDomain", "CobroTerminal"]),
        .target(name: "AccountScreen", dependencies: ["CobroDomain", "CobroTerminal"]),
        .target(name: "QueueScreen", dependencies: ["CobroDomain", "CobroTerminal"]),
        .target(name: "AgreementsScreen", dependencies: ["CobroDomain", "CobroTerminal"]),
        .target(name: "TemplatesScreen", dependencies: ["CobroDomain", "CobroTerminal"]),
        .target(name: "AuditScreen", dependencies: ["CobroDomain", "CobroTerminal"]),
        .target(
            name: "CobroApp",
            dependencies: ["CobroDomain", "CobroStore", "CobroTerminal", "QueueScreen", "AccountScreen", "AgreementsScreen", "AgingScreen",
                           "TemplatesScreen", "AuditScreen", "CobroTemplates"]
        ),
        .executableTarget(
            name: "cobro",
            dependencies: [
                "CobroDomain", "CobroStore", "CobroTerminal", "CobroApp", "CobroTemplates",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .testTarget(name: "CobroDomainTests", dependencies: ["CobroDomain"]),
        .testTarget(name: "CobroStoreTests", dependencies: ["CobroStore"]),
        .testTarget(name: "CobroTemplatesTests", dependencies: ["CobroTemplates"]),
        .testTarget(name: "CobroTerminalTests", dependencies: ["CobroTerminal"]),
        .testTarget(name: "AgingScreenTests", dependencies: ["AgingScreen"]),
        .testTarget(name: "AccountScreenTests", dependencies: ["AccountScreen"]),
        .testTarget(name: "QueueScreenTests", dependencies: ["QueueScreen"]),
        .testTarget(name: "AgreementsScreenTests", dependencies: ["AgreementsScreen"]),
        .testTarget(name: "TemplatesScreenTests", dependencies: ["TemplatesScreen"]),
        .testTarget(name: "AuditScreenTests", dependencies: ["AuditScreen"]),
        .testTarget(name: "CobroAppTests", dependencies: ["CobroApp"]),
        .testTarget(name: "cobroTests", dependencies: ["cobro", "CobroStore"]),
    ],
    swiftLanguageModes: [.v6]
)
