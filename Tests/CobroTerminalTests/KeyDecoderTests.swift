import CNcurses
import CobroTerminal
import Testing

@Suite struct KeyDecoderTests {
    @Test func keyCodes() {
        let expected: [(Int32, Key)] = [
            (KEY_UP, .up), (KEY_DOWN, .down), (KEY_LEFT, .left), (KEY_RIGHT, .right),
            (KEY_PPAGE, .pageUp), (KEY_NPAGE, .pageDown), (KEY_HOME, .home), (KEY_END, .end),
            (KEY_DC, .delete), (KEY_BACKSPACE, .backspace), (KEY_ENTER, .enter), (KEY_BTAB, .backTab),
            (KEY_RESIZE, .resize), (cn_key_f(1), .function(1)), (cn_key_f(12), .function(12)),
        ]
        for (code, key) in expected { #expect(KeyDecoder.key(forKeyCode: code) == key) }
        #expect(KeyDecoder.key(forKeyCode: KEY_MOUSE) == nil)
    }

    @Test func controlCodes() {
        #expect(KeyDecoder.key(forCharacter: 9) == .tab)
        #expect(KeyDecoder.key(forCharacter: 10) == .enter)
        #expect(KeyDecoder.key(forCharacter: 13) == .enter)
        #expect(KeyDecoder.key(forCharacter: 27) == .escape)
        #expect(KeyDecoder.key(forCharacter: 127) == .backspace)
        #expect(KeyDecoder.key(forCharacter: 8) == .backspace)
        #expect(KeyDecoder.key(forCharacter: 1) == .control("a"))
        #expect(KeyDecoder.key(forCharacter: 19) == .control("s"))
        #expect(KeyDecoder.key(forCharacter: 26) == .control("z"))
        #expect(KeyDecoder.key(forCharacter: 0) == nil)
        #expect(KeyDecoder.key(forCharacter: 28) == nil)
    }

    @Test func characters() {
        #expect(KeyDecoder.key(forCharacter: 0x71) == .character("q"))
        #expect(KeyDecoder.key(forCharacter: 0x20) == .character(" "))
        #expect(KeyDecoder.key(forCharacter: 0xF1) == .character("ñ"))
        #expect(KeyDecoder.key(forCharacter: 0x20AC) == .character("€"))
        #expect(KeyDecoder.key(forCharacter: 0x65E5) == .character("日"))
        #expect(KeyDecoder.key(forCharacter: 0xD800) == nil)
    }
}
