#ifndef LESSON_PROCESS_CONTROL_H
#define LESSON_PROCESS_CONTROL_H

// Linux process controls that Swift cannot call itself, because `prctl` is a variadic C function.

// Makes the calling process the reaper of its orphaned descendants (PR_SET_CHILD_SUBREAPER): a process whose
// parent exits is handed to it, not to init, so it can wait for them. Returns 0, or -1 with errno set (also on
// systems without the call).
int lesson_become_child_subreaper(void);

// Asks the kernel to send `signal` to the calling process when the thread that created it exits
// (PR_SET_PDEATHSIG). Returns 0, or -1 with errno set.
int lesson_signal_on_parent_exit(int signal);

#endif
