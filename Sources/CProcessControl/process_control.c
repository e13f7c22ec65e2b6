#include "process_control.h"

#include <errno.h>
#if defined(__linux__)
#include <sys/prctl.h>
#endif

int lesson_become_child_subreaper(void)
{
#if defined(__linux__)
    return prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0);
#else
    errno = ENOSYS;
    return -1;
#endif
}

int lesson_signal_on_parent_exit(int signal)
{
#if defined(__linux__)
    return prctl(PR_SET_PDEATHSIG, signal, 0, 0, 0);
#else
    (void)signal;
    errno = ENOSYS;
    return -1;
#endif
}
