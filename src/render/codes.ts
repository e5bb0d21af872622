// LinkedIn's codes in the export, in the words its own interface uses (docs/export-format.md).

/** Reactions.csv `Type`: the reaction's name on LinkedIn. */
export const REACTION_WORDS: Readonly<Record<string, string>> = {
  LIKE: 'Like',
  PRAISE: 'Celebrate',
  APPRECIATION: 'Support',
  EMPATHY: 'Love',
  INTEREST: 'Insightful',
  ENTERTAINMENT: 'Funny',
  MAYBE: 'Curious',
};

/** Shares.csv `Visibility`: who could see the post. */
export const VISIBILITY_WORDS: Readonly<Record<string, string>> = {
  PUBLIC: 'Anyone',
  MEMBER_NETWORK: 'Connections only',
  CONNECTIONS: 'Connections only',
  LOGGED_IN: 'LinkedIn members',
  CONTAINER: 'A group or event',
};

/** The word for a code, or the code itself when it is not a known one (never invented). */
export function inWords(table: Readonly<Record<string, string>>, code: string): string {
  return table[code.trim().toUpperCase()] ?? code;
}

/** What an item's codes say, in words: "Celebrate", "Connections only"; "" when it has none. */
export function itemCodesInWords(details: Record<string, string> | undefined, category: string): string {
  if (!details) return '';
  const words: string[] = [];
  if (category === 'reactions' && details['Type']) words.push(inWords(REACTION_WORDS, details['Type']));
  if (details['Visibility']) words.push(`visible to: ${inWords(VISIBILITY_WORDS, details['Visibility'])}`);
  return words.join('; ');
}
