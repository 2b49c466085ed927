/**
 * Which language a document is written in, from its letters and its most
 * common words: enough to tell the author which of the critic's checks can
 * read it. Most checks read English word lists.
 */
export interface DocumentLanguage {
  /** ISO 639-1 code, or "und" when the critic can't tell. */
  code: string;
  /** The language's English name, for messages ("Japanese"). */
  name: string;
}

const SCRIPTS: { code: string; name: string; letters: RegExp }[] = [
  { code: "ja", name: "Japanese", letters: /[\p{Script=Hiragana}\p{Script=Katakana}]/gu },
  { code: "ko", name: "Korean", letters: /\p{Script=Hangul}/gu },
  { code: "zh", name: "Chinese", letters: /\p{Script=Han}/gu },
  { code: "ru", name: "Russian", letters: /\p{Script=Cyrillic}/gu },
  { code: "el", name: "Greek", letters: /\p{Script=Greek}/gu },
  { code: "ar", name: "Arabic", letters: /\p{Script=Arabic}/gu },
  { code: "he", name: "Hebrew", letters: /\p{Script=Hebrew}/gu },
];

/** Words frequent in one Latin-script language and rare in the others. */
const LATIN_MARKERS: { code: string; name: string; words: Set<string> }[] = [
  { code: "de", name: "German", words: new Set(["der", "die", "das", "und", "nicht", "ist", "mit", "für", "sie", "wir", "ein", "eine", "auf", "dem", "den", "zu", "auch", "wird"]) },
  { code: "pt", name: "Portuguese", words: new Set(["não", "que", "para", "com", "uma", "os", "as", "do", "da", "dos", "das", "em", "é", "são", "mais", "nós", "você"]) },
  { code: "es", name: "Spanish", words: new Set(["el", "los", "las", "para", "con", "una", "que", "del", "es", "y", "por", "como", "más", "nosotros", "usted"]) },
  { code: "fr", name: "French", words: new Set(["le", "les", "des", "et", "est", "pour", "une", "avec", "dans", "sur", "nous", "vous", "pas", "qui", "au", "du"]) },
  { code: "it", name: "Italian", words: new Set(["il", "gli", "della", "delle", "per", "con", "una", "che", "non", "sono", "noi", "anche", "nel", "alla"]) },
  { code: "nl", name: "Dutch", words: new Set(["het", "een", "van", "en", "niet", "voor", "met", "op", "wij", "zijn", "ook", "naar"]) },
];

const ENGLISH: DocumentLanguage = { code: "en", name: "English" };

/**
 * The language of a text the critic found not to read as English: the script
 * its letters are mostly in, or for Latin letters the language whose common
 * words it uses most.
 */
export function languageOf(text: string, words: readonly string[], english: boolean): DocumentLanguage {
  if (english) return ENGLISH;
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  const latin = (sample.match(/\p{Script=Latin}/gu) ?? []).length;
  let best: { code: string; name: string; count: number } | null = null;
  for (const script of SCRIPTS) {
    const count = (sample.match(script.letters) ?? []).length;
    if (count > (best?.count ?? 0)) best = { ...script, count };
  }
  // Kanji are shared: kana anywhere near them make the text Japanese, not Chinese.
  if (best?.code === "zh" && (sample.match(SCRIPTS[0].letters) ?? []).length > best.count / 20) best = { ...SCRIPTS[0], count: best.count };
  if (best && best.count * 2 > latin / 3) return { code: best.code, name: best.name };
  let latinBest: { code: string; name: string; count: number } | null = null;
  for (const language of LATIN_MARKERS) {
    let count = 0;
    for (const w of words) if (language.words.has(w)) count++;
    if (count > (latinBest?.count ?? 0)) latinBest = { ...language, count };
  }
  return latinBest && latinBest.count >= 3 ? { code: latinBest.code, name: latinBest.name } : { code: "und", name: "a language other than English" };
}

const ENGLISH_MARKERS = new Set(["the", "and", "of", "to", "is", "a", "in", "for", "with", "that", "it", "we", "are", "on", "this"]);

/**
 * True when a run of words reads as English: enough of them are its
 * commonest words. `share` is how many in a hundred must be; a paragraph
 * of long nouns holds fewer than running prose does.
 */
export function readsAsEnglish(words: readonly string[], share = 0.08): boolean {
  let markers = 0;
  for (const w of words) if (ENGLISH_MARKERS.has(w)) markers++;
  return words.length < 30 || markers / words.length > share;
}
