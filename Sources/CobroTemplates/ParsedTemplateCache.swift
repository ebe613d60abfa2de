import Foundation
import Mustache

/// Each template text read once: a dunning run renders the same few templates for thousands of
/// customers, and checking and parsing them per message was most of its time.
final class ParsedTemplateCache: @unchecked Sendable {
    struct Parsed {
        var check: TemplateCheck
        var template: Result<MustacheTemplate, any Error>
    }

    static let shared = ParsedTemplateCache()

    /// Edited templates come and go in a desk session; the cache forgets them all past this.
    private let capacity = 256
    private let lock = NSLock()
    private var parsed: [String: Parsed] = [:]

    func parsed(_ text: String) -> Parsed {
        if let known = lock.withLock({ parsed[text] }) { return known }
        // The pragma makes the output plain text even when an edited template dropped it (`&`
        // and `<` as typed); it writes nothing, so line numbers stay the template's.
        let fresh = Parsed(check: TemplateCheck(text),
                           template: Result { try MustacheTemplate(string: "{{% CONTENT_TYPE: TEXT}}" + text) })
        lock.withLock {
            if parsed.count >= capacity { parsed.removeAll(keepingCapacity: true) }
            parsed[text] = fresh
        }
        return fresh
    }
}
