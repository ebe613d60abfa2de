import CNcurses
import Foundation

/// Why the desk could not take over the terminal.
public enum TerminalSessionError: Error, CustomStringConvertible {
    /// ncurses does not know the terminal type in `$TERM`.
    case unknownTerminal(String)

    public var description: String {
        switch self {
        case .unknownTerminal(let type): return "cannot use the terminal type '\(type)' (check TERM)"
        }
    }
}

/// The desk's hold on the terminal: the only place that talks to ncurses. Screens draw into a
/// `Grid`; `draw` copies to the terminal only what changed since the last frame.
public final class TerminalSession {
    private let palette: TerminalPalette
    /// The frame on screen; nil forces the next `draw` to repaint everything.
    private var lastFrame: Grid?
    private var cursorVisible = false
    private var stopped = false

    private init(palette: TerminalPalette) {
        self.palette = palette
    }

    deinit { stop() }

    /// Takes over the terminal: UTF-8 locale, curses mode (keys one at a time, no echo, keypad
    /// decoding, hidden cursor, a 25 ms Esc delay) and the theme's colours when the terminal has
    /// them. The terminal is restored on exit and on fatal signals even if `stop` never runs.
    public static func start(theme: Theme) throws -> TerminalSession {
        TerminalLocale.useUTF8()
        TerminalRestorer.install()
        guard cn_newterm() != nil else {
            throw TerminalSessionError.unknownTerminal(ProcessInfo.processInfo.environment["TERM"] ?? "")
        }
        cbreak()
        noecho()
        nonl()
        disableFlowControl()
        keypad(cn_stdscr(), true)
        curs_set(0)
        cn_set_escdelay(25)
        let session = TerminalSession(palette: startPalette(for: theme))
        for pair in session.palette.colorPairs { init_pair(pair.number, pair.foreground, pair.background) }
        return session
    }

    /// Lets Ctrl-S and Ctrl-Q through as keys: with flow control on (cbreak keeps it), Ctrl-S
    /// freezes the screen until Ctrl-Q. `def_prog_mode` makes ncurses keep this in curses mode;
    /// `endwin` still restores the shell's own settings.
    private static func disableFlowControl() {
        var settings = termios()
        guard tcgetattr(STDIN_FILENO, &settings) == 0 else { return }
        settings.c_iflag &= ~tcflag_t(IXON)
        tcsetattr(STDIN_FILENO, TCSANOW, &settings)
        def_prog_mode()
    }

    /// Colour pairs when the theme and the terminal both have colour, keeping the terminal's own
    /// background (`use_default_colors`); otherwise attributes only — a colour theme's, which
    /// would lose its distinctions, is replaced by the monochrome one.
    private static func startPalette(for theme: Theme) -> TerminalPalette {
        guard theme.usesColor else { return TerminalPalette(theme: theme, colorCount: nil) }
        guard has_colors(), start_color() == OK else { return TerminalPalette(theme: .monochrome, colorCount: nil) }
        use_default_colors()
        return TerminalPalette(theme: theme, colorCount: Int(cn_colors()))
    }

    /// The terminal's size in cells; changes after a `.resize` key.
    public var size: (width: Int, height: Int) {
        (Int(cn_cols()), Int(cn_lines()))
    }

    /// Shows `grid`: writes the cells that changed since the last frame (everything on the first
    /// frame and after a size change), places or hides the cursor, and refreshes once.
    public func draw(_ grid: Grid) {
        guard !stopped else { return }
        if lastFrame?.width != grid.width || lastFrame?.height != grid.height {
            werase(cn_stdscr())
            clearok(cn_stdscr(), true)
        }
        for change in GridDiff.changes(from: lastFrame, to: grid) {
            for (offset, cell) in change.cells.enumerated() where cell.width > 0 {
                write(cell, x: change.column + offset, y: change.row)
            }
        }
        showCursor(at: grid.cursor)
        wrefresh(cn_stdscr())
        lastFrame = grid
    }

    /// Catches a size change whose SIGWINCH ncurses has not seen: the signal may land on another
    /// thread (the desk computes reports on one) and leave the key loop unaware. Reads the tty's
    /// size; when it differs, resizes ncurses and forces a full repaint. Returns whether it did.
    public func adoptTerminalSizeIfChanged() -> Bool {
        guard !stopped else { return false }
        var rows: Int32 = 0, columns: Int32 = 0
        guard cn_tty_size(&rows, &columns) == 1, rows != cn_lines() || columns != cn_cols() else { return false }
        resizeterm(rows, columns)
        lastFrame = nil
        return true
    }

    /// The next key, waiting at most `timeoutMilliseconds` (nil: as long as it takes); nil when
    /// the time ran out. Keys Cobro has no name for are skipped.
    public func nextKey(timeoutMilliseconds: Int32?) -> Key? {
        guard !stopped else { return nil }
        wtimeout(cn_stdscr(), timeoutMilliseconds ?? -1)
        while true {
            var input: wint_t = 0
            let key: Key?
            switch wget_wch(cn_stdscr(), &input) {
            case KEY_CODE_YES: key = KeyDecoder.key(forKeyCode: Int32(input))
            case OK: key = KeyDecoder.key(forCharacter: input)
            default: return nil
            }
            // After a resize the screen's contents are unknown: repaint everything next frame.
            if key == .resize { lastFrame = nil }
            if let key { return key }
        }
    }

    /// Gives the terminal back (`endwin`): normal screen, cursor, echo. Safe to call twice.
    public func stop() {
        guard !stopped else { return }
        stopped = true
        if !isendwin() { endwin() }
    }

    /// One cell through `setcchar` + `mvwadd_wch`, which keeps a grapheme's combining marks and
    /// lets ncurses fill both columns of a wide character.
    private func write(_ cell: Cell, x: Int, y: Int) {
        let pen = palette.pen(for: cell.style)
        var characters = Self.drawableScalars(of: cell.text).map { wchar_t(bitPattern: $0.value) }
        characters.append(0)
        var complex = cchar_t()
        setcchar(&complex, characters, pen.attributes, pen.pair, nil)
        mvwadd_wch(cn_stdscr(), Int32(y), Int32(x), &complex)
    }

    /// The cell's scalars as ncurses takes them (at most CCHARW_MAX); a space for an empty cell
    /// or a control character, which the terminal would act on instead of showing.
    private static func drawableScalars(of text: String) -> [Unicode.Scalar] {
        guard let first = text.unicodeScalars.first, first.value >= 0x20, first.value != 0x7F else { return [" "] }
        return Array(text.unicodeScalars.prefix(Int(CCHARW_MAX)))
    }

    private func showCursor(at point: Point?) {
        if let point { wmove(cn_stdscr(), Int32(point.y), Int32(point.x)) }
        if cursorVisible != (point != nil) {
            cursorVisible = point != nil
            curs_set(cursorVisible ? 1 : 0)
        }
    }
}
