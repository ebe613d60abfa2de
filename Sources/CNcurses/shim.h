#ifndef COBRO_CNCURSES_SHIM_H
#define COBRO_CNCURSES_SHIM_H

// Wide-character ncurses: without this, mvadd_wch, setcchar and get_wch are not declared.
#define NCURSES_WIDECHAR 1
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// Swift 6 refuses the C globals stdscr, COLS, LINES and COLORS ("not concurrency-safe"), and
// does not import the macros A_*, KEY_F(n) or SIG_IGN: these accessors stand in for them.

static inline WINDOW *cn_stdscr(void) { return stdscr; }
static inline int cn_cols(void) { return COLS; }
static inline int cn_lines(void) { return LINES; }
static inline int cn_colors(void) { return COLORS; }

/// A curses screen on standard output and input (stdout and stdin are also refused globals);
/// NULL when the terminal type is unknown, where initscr would exit the process instead.
static inline SCREEN *cn_newterm(void) { return newterm(NULL, stdout, stdin); }

static inline attr_t cn_a_normal(void) { return A_NORMAL; }
static inline attr_t cn_a_bold(void) { return A_BOLD; }
static inline attr_t cn_a_reverse(void) { return A_REVERSE; }
static inline attr_t cn_a_underline(void) { return A_UNDERLINE; }
static inline attr_t cn_a_dim(void) { return A_DIM; }

/// The key code of function key Fn.
static inline int cn_key_f(int n) { return KEY_F(n); }

/// How long ncurses waits after Esc for the rest of an escape sequence, in milliseconds.
static inline int cn_set_escdelay(int milliseconds) { return set_escdelay(milliseconds); }

/// The codeset of the current LC_CTYPE locale ("UTF-8", "ANSI_X3.4-1968", ...).
static inline const char *cn_codeset(void) { return nl_langinfo(CODESET); }

/// Whether a signal action ignores the signal (SIG_IGN is a cast macro Swift cannot import).
static inline int cn_action_ignores(const struct sigaction *action) {
    return action->sa_handler == SIG_IGN;
}

#include <sys/ioctl.h>
#include <unistd.h>

/* The terminal's real size, read from the tty (0 when it cannot be read). */
static inline int cn_tty_size(int *rows, int *cols) {
    struct winsize size;
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) != 0 || size.ws_row == 0 || size.ws_col == 0) return 0;
    *rows = size.ws_row;
    *cols = size.ws_col;
    return 1;
}
#endif
