/** `npm run bench -- search --clients 1000000 --data-dir /path`: options after the bench names. */
export function benchOption(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** The bench names on the command line, without the options and their values. */
export function benchNames(): string[] {
  const args = process.argv.slice(2);
  return args.filter((a, i) => !a.startsWith('--') && !(args[i - 1] ?? '').startsWith('--'));
}
