// The exit code every command uses when the main till cannot be reached (README: "Exit codes").
export const EXIT_UNREACHABLE = 3;
