/** "1 error", "2 errors": every count the CLI prints agrees with its noun. */
export function plural(count: number, word: string, many = `${word}s`): string {
  return `${count} ${count === 1 ? word : many}`;
}
