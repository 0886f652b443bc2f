#ifndef CROSSCHECK_CLIBEDIT_SHIM_H
#define CROSSCHECK_CLIBEDIT_SHIM_H

// Swift cannot call C variadic functions, and libedit's configuration goes through the
// variadic el_set/el_get/history. These fixed-signature wrappers are the whole bridge.

#include <histedit.h>
#include <locale.h>
#include <stdio.h>

// The standard streams, as functions: Swift 6 treats C's global `stdin`/`stdout` as unsafe state.
static inline FILE *cc_stdin(void) { return stdin; }
static inline FILE *cc_stdout(void) { return stdout; }
static inline FILE *cc_stderr(void) { return stderr; }

typedef char *(*cc_prompt_fn)(EditLine *);
typedef unsigned char (*cc_command_fn)(EditLine *, int);
typedef int (*cc_read_fn)(EditLine *, wchar_t *);

static inline int cc_el_set_prompt(EditLine *el, cc_prompt_fn fn, char escape) {
  return el_set(el, EL_PROMPT_ESC, fn, escape);
}

static inline int cc_el_set_editor(EditLine *el, const char *mode) {
  return el_set(el, EL_EDITOR, mode);
}

static inline int cc_el_set_signal(EditLine *el, int handle) {
  return el_set(el, EL_SIGNAL, handle);
}

static inline int cc_el_bind(EditLine *el, const char *key, const char *command) {
  return el_set(el, EL_BIND, key, command, (const char *)NULL);
}

static inline int cc_el_add_function(EditLine *el, const char *name, const char *help,
                                     cc_command_fn fn) {
  return el_set(el, EL_ADDFN, name, help, fn);
}

static inline int cc_el_set_history(EditLine *el, History *h) {
  return el_set(el, EL_HIST, history, h);
}

static inline int cc_el_set_read_function(EditLine *el, cc_read_fn fn) {
  return el_set(el, EL_GETCFN, fn);
}

static inline int cc_el_set_client_data(EditLine *el, void *data) {
  return el_set(el, EL_CLIENTDATA, data);
}

static inline void *cc_el_get_client_data(EditLine *el) {
  void *data = NULL;
  el_get(el, EL_CLIENTDATA, &data);
  return data;
}

static inline int cc_history_set_size(History *h, int size) {
  HistEvent event;
  return history(h, &event, H_SETSIZE, size);
}

static inline int cc_history_set_unique(History *h, int unique) {
  HistEvent event;
  return history(h, &event, H_SETUNIQUE, unique);
}

static inline int cc_history_enter(History *h, const char *line) {
  HistEvent event;
  return history(h, &event, H_ENTER, line);
}

static inline int cc_history_load(History *h, const char *path) {
  HistEvent event;
  return history(h, &event, H_LOAD, path);
}

static inline int cc_history_save(History *h, const char *path) {
  HistEvent event;
  return history(h, &event, H_SAVE, path);
}

#endif
