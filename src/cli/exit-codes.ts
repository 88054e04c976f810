// Exit codes shared by every command (like grep): 0 found, 1 nothing matched, 2 error.
export const EXIT_OK = 0;
export const EXIT_NO_MATCH = 1;
export const EXIT_ERROR = 2;

/** An error the user can fix (bad flag value, unreadable input): printed as one line, no stack. */
export class UsageError extends Error {}
