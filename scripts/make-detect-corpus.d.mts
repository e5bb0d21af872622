// Types of make-detect-corpus.mjs (the labelled detection corpus), for the tests that import it.

export type CorpusLang = 'en' | 'fr' | 'de' | 'es' | 'nl' | 'it' | 'pt';

/** Sentences of one language (scripts/detect-corpus/lang-*.mjs), with [[kind:words]] markers and {slot}s. */
export interface CorpusLanguage {
  lang: CorpusLang;
  names: {
    first: string[];
    last: string[];
    /** Connections whose names are also ordinary words. */
    wordlike?: Array<[first: string, last: string]>;
    wordlikeTraps?: string[];
  };
  filler: string[];
  /** By slot kind: the sentences, or the sentences by member country. */
  frames: Record<string, string[] | Record<string, string[]>>;
  trapFrames: Record<string, string[] | Record<string, string[]>>;
  /** By special category (pregnancy and disability are labelled health). */
  special: Record<string, string[]>;
  specialTraps: string[];
}

export const LANGUAGES: {
  en: CorpusLanguage;
  fr: CorpusLanguage;
  de: CorpusLanguage;
  es: CorpusLanguage;
  nl: CorpusLanguage;
  it: CorpusLanguage;
  pt: CorpusLanguage;
};

/** The finding kinds a label can carry (the FINDING_KINDS of src/model/findings.ts). */
export type CorpusLabelKind =
  | 'email'
  | 'phone'
  | 'postal-address'
  | 'iban'
  | 'payment-card'
  | 'national-id'
  | 'health'
  | 'religion'
  | 'political-opinion'
  | 'trade-union'
  | 'sexual-orientation'
  | 'ethnic-origin'
  | 'criminal-record'
  | 'connection-name';

/** A span of a text: text.slice(start, end). */
export interface CorpusSpan<Kind extends string> {
  kind: Kind;
  start: number;
  end: number;
  /** "passport", the country of a national id, "pregnancy", "first name alone"... */
  note?: string;
}

export interface CorpusMember {
  id: string;
  lang: CorpusLang;
  region: 'EU' | 'UK' | 'OTHER' | 'CA' | 'HK';
  /** ISO 3166-1 alpha-2. */
  country: string;
  connections: Array<{ first: string; last: string }>;
}

export interface CorpusText {
  id: string;
  /** CorpusMember.id */
  member: string;
  lang: CorpusLang;
  category: 'posts' | 'comments' | 'messages';
  text: string;
  /** Planted spans that reveal that kind of data. */
  labels: Array<CorpusSpan<CorpusLabelKind>>;
  /** Look-alikes planted on purpose; "number" for figures that only look like a phone, card or identifier. */
  traps: Array<CorpusSpan<CorpusLabelKind | 'number'>>;
}

export interface DetectCorpus {
  version: 1;
  seed: number;
  members: CorpusMember[];
  texts: CorpusText[];
}

export function makeDetectCorpus(options?: { seed?: number; perLanguage?: number }): DetectCorpus;
