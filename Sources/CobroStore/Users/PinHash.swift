import Crypto
import CryptoExtras
import Foundation

/// A user's PIN as it is kept: scrypt of the PIN with a random salt of its own. The cost is
/// stored with the hash (`$scrypt$ln=14,r=8,p=1$<base64>`, PHC string style) so that a later
/// version can raise it: PINs hashed before keep verifying with their own cost.
struct PinHash: Hashable, Sendable {
    /// scrypt's work factors: N = 2^logN rounds, block size r, parallelism p.
    struct Cost: Hashable, Sendable {
        var logN: Int
        var blockSize: Int
        var parallelism: Int

        /// 16 MiB and, in a release build on this project's 2-core machine, 80–100 ms per PIN
        /// checked (README "Users and roles"): slow enough to make guessing costly, quick
        /// enough for one check when a command starts.
        static let standard = Cost(logN: 14, blockSize: 8, parallelism: 1)
    }

    var cost: Cost
    var salt: [UInt8]
    var hash: [UInt8]

    static let saltByteCount = 16
    static let hashByteCount = 32

    /// Hashes `pin` with a fresh random salt.
    static func make(pin: String, cost: Cost = .standard) throws -> PinHash {
        var generator = SystemRandomNumberGenerator()
        let salt = (0..<saltByteCount).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return PinHash(cost: cost, salt: salt, hash: try derive(pin, salt: salt, cost: cost))
    }

    /// Whether `pin` is the one hashed: the whole hash is always compared, so the time taken
    /// does not tell how much of a guess was right.
    func matches(_ pin: String) throws -> Bool {
        let candidate = try Self.derive(pin, salt: salt, cost: cost)
        guard candidate.count == hash.count else { return false }
        return zip(candidate, hash).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }

    private static func derive(_ pin: String, salt: [UInt8], cost: Cost) throws -> [UInt8] {
        let key = try KDF.Scrypt.deriveKey(from: Array(pin.utf8), salt: salt, outputByteCount: hashByteCount,
                                           rounds: 1 << cost.logN, blockSize: cost.blockSize, parallelism: cost.parallelism)
        return key.withUnsafeBytes { Array($0) }
    }

    // MARK: Stored form (columns pin_hash and pin_salt)

    /// The text kept in `pin_hash`: the algorithm, its cost, then the hash.
    var encoded: Data {
        Data("$scrypt$ln=\(cost.logN),r=\(cost.blockSize),p=\(cost.parallelism)$\(Data(hash).base64EncodedString())".utf8)
    }

    /// Reads back what `encoded` wrote; nil for anything else (a damaged or foreign value).
    init?(encoded: Data, salt: Data) {
        let fields = String(decoding: encoded, as: UTF8.self).split(separator: "$", omittingEmptySubsequences: false)
        guard fields.count == 4, fields[0].isEmpty, fields[1] == "scrypt", let hash = Data(base64Encoded: String(fields[3])) else {
            return nil
        }
        var parameters: [Substring: Int] = [:]
        for pair in fields[2].split(separator: ",") {
            let parts = pair.split(separator: "=")
            guard parts.count == 2, let value = Int(parts[1]) else { return nil }
            parameters[parts[0]] = value
        }
        guard let logN = parameters["ln"], (1...30).contains(logN), let r = parameters["r"], r > 0, let p = parameters["p"], p > 0 else {
            return nil
        }
        self.init(cost: Cost(logN: logN, blockSize: r, parallelism: p), salt: Array(salt), hash: Array(hash))
    }

    init(cost: Cost, salt: [UInt8], hash: [UInt8]) {
        self.cost = cost
        self.salt = salt
        self.hash = hash
    }
}
