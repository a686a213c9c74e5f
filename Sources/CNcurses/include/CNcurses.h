#ifndef CNCURSES_H
#define CNCURSES_H

// Wide-character curses: these must precede the header so cchar_t, get_wch and friends exist.
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#define NCURSES_WIDECHAR 1

#include <locale.h>
#include <wchar.h>
#include <ncurses.h>

// Swift cannot import function-like macros or C globals safely under strict concurrency;
// these shims give them a plain function shape.
static inline WINDOW *bt_stdscr(void) { return stdscr; }
static inline int bt_lines(void) { return LINES; }
static inline int bt_cols(void) { return COLS; }
static inline int bt_colors(void) { return COLORS; }
static inline int bt_color_pairs(void) { return COLOR_PAIRS; }
static inline void bt_getmaxyx(WINDOW *w, int *y, int *x) { int yy, xx; getmaxyx(w, yy, xx); *y = yy; *x = xx; }
static inline attr_t bt_color_pair(int n) { return (attr_t)COLOR_PAIR(n); }

static inline attr_t bt_a_normal(void) { return A_NORMAL; }
static inline attr_t bt_a_bold(void) { return A_BOLD; }
static inline attr_t bt_a_dim(void) { return A_DIM; }
static inline attr_t bt_a_reverse(void) { return A_REVERSE; }
static inline attr_t bt_a_underline(void) { return A_UNDERLINE; }
static inline attr_t bt_a_italic(void) { return A_ITALIC; }

static inline chtype bt_acs_hline(void) { return ACS_HLINE; }
static inline chtype bt_acs_vline(void) { return ACS_VLINE; }
static inline chtype bt_acs_ulcorner(void) { return ACS_ULCORNER; }
static inline chtype bt_acs_urcorner(void) { return ACS_URCORNER; }
static inline chtype bt_acs_llcorner(void) { return ACS_LLCORNER; }
static inline chtype bt_acs_lrcorner(void) { return ACS_LRCORNER; }

static inline int bt_key_resize(void) { return KEY_RESIZE; }
static inline int bt_key_code_yes(void) { return KEY_CODE_YES; }
static inline int bt_err(void) { return ERR; }
static inline int bt_key_mouse(void) { return KEY_MOUSE; }

/// Asks for presses and the wheel, reported at once: with no click interval curses never holds a press back
/// to see whether a second follows, so a double click is timed by the caller.
static inline void bt_mouse_enable(void) {
    mouseinterval(0);
#if NCURSES_MOUSE_VERSION > 1
    mousemask(BUTTON1_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED, NULL);
#else
    mousemask(BUTTON1_PRESSED | BUTTON4_PRESSED, NULL);
#endif
}

/// The waiting mouse event: 1 for a left press, 4 for the wheel up, 5 for the wheel down, 0 for anything else.
static inline int bt_mouse_read(int *row, int *col) {
    MEVENT event;
    if (getmouse(&event) != OK) return 0;
    *row = event.y;
    *col = event.x;
    if (event.bstate & BUTTON1_PRESSED) return 1;
    if (event.bstate & BUTTON4_PRESSED) return 4;
#if NCURSES_MOUSE_VERSION > 1
    if (event.bstate & BUTTON5_PRESSED) return 5;
#endif
    return 0;
}

/// Puts one cell: a base character plus up to four combining marks, with attributes and a colour pair.
static inline int bt_put_cell(int y, int x, const wchar_t *chars, attr_t attrs, short pair) {
    cchar_t cell;
    if (setcchar(&cell, chars, attrs, pair, NULL) == ERR) return ERR;
    return mvadd_wch(y, x, &cell);
}

#endif
