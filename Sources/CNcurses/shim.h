#ifndef COBRO_CNCURSES_SHIM_H
#define COBRO_CNCURSES_SHIM_H
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#endif
