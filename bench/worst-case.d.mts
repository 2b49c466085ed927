export interface WorstCaseFamily {
  /** A text of about `size` characters. */
  build(size: number): string;
  /** Where the family starts to be worth timing on an ordinary machine. */
  size: number;
}

export declare const worstCaseFamilies: Record<string, WorstCaseFamily>;
