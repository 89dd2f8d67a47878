#ifndef DATELINE_CNCURSES_SHIM_H
#define DATELINE_CNCURSES_SHIM_H
// SwiftPM drops pkg-config's -D_XOPEN_SOURCE, so ask for the wide-character API here.
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#include <locale.h>
#include <langinfo.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

// Swift cannot import function-like macros, and Swift 6 rejects mutable C globals, so each is
// wrapped here. Nothing in this header keeps state: a `static` variable in a header would exist
// once per Swift object file that uses it.

static inline FILE *dl_stdin(void) { return stdin; }
static inline FILE *dl_stdout(void) { return stdout; }
static inline WINDOW *dl_stdscr(void) { return stdscr; }
static inline WINDOW *dl_curscr(void) { return curscr; }
static inline int dl_lines(void) { return LINES; }
static inline int dl_cols(void) { return COLS; }
static inline int dl_colors(void) { return COLORS; }
static inline int dl_color_pairs(void) { return COLOR_PAIRS; }

static inline attr_t dl_a_normal(void) { return A_NORMAL; }
static inline attr_t dl_a_bold(void) { return A_BOLD; }
static inline attr_t dl_a_reverse(void) { return A_REVERSE; }
static inline attr_t dl_a_underline(void) { return A_UNDERLINE; }
static inline attr_t dl_a_dim(void) { return A_DIM; }

static inline mmask_t dl_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t dl_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t dl_wheel_up(void) { return BUTTON4_PRESSED; }
static inline mmask_t dl_wheel_down(void) { return BUTTON5_PRESSED; }

/// The codeset of the current locale ("UTF-8", "ANSI_X3.4-1968", …); call after setlocale.
static inline const char *dl_codeset(void) { return nl_langinfo(CODESET); }

/// A terminfo string capability, or NULL when the terminal lacks it (hides the (char *)-1 sentinel).
static inline const char *dl_tigetstr(const char *name) {
    char *value = tigetstr((char *)name);
    return (value == NULL || value == (char *)-1) ? NULL : value;
}

/// The mouse-off string from the terminal's XM capability (ncurses' own), or NULL.
static inline const char *dl_mouse_off_sequence(void) {
    const char *format = dl_tigetstr("XM");
    if (format != NULL) return tiparm(format, 0);
    // Without XM, ncurses drives xterm-style mouse modes whenever the terminal has kmous.
    return dl_tigetstr("kmous") == NULL ? NULL : "\033[?1006l\033[?1002l\033[?1000l";
}

/// Installs `handler` for `sig` (no SA_RESTART: the signal should interrupt), saving the old action.
static inline int dl_install_signal(int sig, void (*handler)(int), struct sigaction *previous) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_ONSTACK;
    return sigaction(sig, &action, previous);
}

/// True when a saved action ignored the signal (e.g. SIGINT in a background job).
static inline int dl_action_ignores(const struct sigaction *action) {
    return !(action->sa_flags & SA_SIGINFO) && action->sa_handler == SIG_IGN;
}

/// Puts back an action saved by dl_install_signal.
static inline int dl_restore_signal(int sig, const struct sigaction *previous) {
    return sigaction(sig, previous, NULL);
}

/// Resets `sig` to its default action (async-signal-safe).
static inline void dl_default_signal(int sig) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = SIG_DFL;
    sigemptyset(&action.sa_mask);
    sigaction(sig, &action, NULL);
}

#endif
