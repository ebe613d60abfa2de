import CNcurses

enum TerminalLocale {
    /// Takes the user's locale; when its character set is not UTF-8 (`env -i`, CI), switches the
    /// character type alone to C.UTF-8 — otherwise ncurses silently drops every non-ASCII
    /// character ("Gestin" for "Gestión").
    static func useUTF8() {
        setlocale(LC_ALL, "")
        if String(cString: cn_codeset()) != "UTF-8" { setlocale(LC_CTYPE, "C.UTF-8") }
    }
}
