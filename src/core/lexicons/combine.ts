/**
 * Every phrase made by taking one word from each list in turn:
 * combine(["parents", "owners"], ["want", "need"]) gives "parents want",
 * "parents need", "owners want", "owners need". Plain phrases go through the
 * matcher's word trie, one pass over a sentence however many there are,
 * where the same alternation written as a regular expression would rescan
 * every paragraph.
 */
export function combine(...lists: readonly (readonly string[])[]): string[] {
  return lists.reduce<string[]>((out, list) => out.flatMap((head) => list.map((word) => (head ? `${head} ${word}` : word))), [""]);
}
