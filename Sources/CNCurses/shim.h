#ifndef DATELINE_CNCURSES_SHIM_H
#define DATELINE_CNCURSES_SHIM_H
// SwiftPM drops pkg-config's -D_XOPEN_SOURCE, so ask for the wide-character API here.
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#include <locale.h>
#include <ncursesw/curses.h>

static inline WINDOW *dl_stdscr(void) { return stdscr; }
static inline int dl_lines(void) { return LINES; }
static inline int dl_cols(void) { return COLS; }
static inline unsigned int dl_a_bold(void) { return A_BOLD; }
static inline unsigned int dl_a_reverse(void) { return A_REVERSE; }
static inline unsigned int dl_a_underline(void) { return A_UNDERLINE; }
static inline unsigned int dl_a_dim(void) { return A_DIM; }

#endif
