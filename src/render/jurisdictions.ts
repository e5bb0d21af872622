// The data-protection law a letter invokes, per region: rights, deadlines and the regulator.
// These are facts the letters rely on; they are written down, with their basis, in docs/letters.md.
// Not legal advice: the letters are drafts for the member to check and complete.

import type { RegionId } from '../exposure/policy-schema.js';

export const LAWS = ['gdpr', 'uk-gdpr', 'pipeda', 'ccpa', 'pdpo', 'general'] as const;
export type LawId = (typeof LAWS)[number];
export const LETTER_KINDS = ['object', 'access', 'erasure'] as const;
export type LetterKind = (typeof LETTER_KINDS)[number];

/** Each letter's title where the drafts are shown together (the HTML report, browse). */
export const LETTER_TITLES: Record<LetterKind, string> = {
  object: 'Objection to the training',
  access: 'Access request: what was used, when, for which models, who received it',
  erasure: 'Erasure request',
};

export interface Jurisdiction {
  id: LawId;
  /** "the EU General Data Protection Regulation (GDPR)" */
  lawName: string;
  /** For headings: "GDPR", "your country's law". */
  shortName: string;
  /** The rights a member there has about this training, one line each (HTML and Markdown reports). */
  rights: string[];
  /** When the answer is due, per kind of letter. */
  deadline: Record<LetterKind, string>;
  authority: { name: string; url: string | null };
}

/** LinkedIn's Data Protection Officer form in its help centre (the letters' "where to send"). */
export const DPO_FORM_URL = 'https://www.linkedin.com/help/linkedin/ask/TSO-DPO';

const GDPR_DEADLINE =
  'LinkedIn must answer without undue delay and at the latest within one month of receiving the request; it may extend this by two further months for complex or numerous requests, but must tell you so, with its reasons, within the first month (Article 12(3)).';

const JURISDICTIONS: Record<LawId, Jurisdiction> = {
  gdpr: {
    id: 'gdpr',
    shortName: 'GDPR',
    lawName: 'the General Data Protection Regulation (GDPR)',
    rights: [
      'Object to the training, which LinkedIn bases on its legitimate interests, on grounds relating to your particular situation (GDPR Article 21): LinkedIn must stop unless it shows compelling legitimate grounds.',
      'Ask which of your data were used, for what, and who received them (Article 15: access).',
      'Ask for your data to be erased (Article 17), for example after an objection.',
      'Complain to a data-protection authority (Article 77): for LinkedIn the lead authority is the Irish Data Protection Commission, but you may complain to your own country\'s authority.',
    ],
    deadline: { object: GDPR_DEADLINE, access: GDPR_DEADLINE, erasure: GDPR_DEADLINE },
    authority: { name: 'the Irish Data Protection Commission (LinkedIn\'s lead authority) or your own country\'s data-protection authority', url: 'https://www.dataprotection.ie/' },
  },
  'uk-gdpr': {
    id: 'uk-gdpr',
    shortName: 'UK GDPR',
    lawName: 'the UK General Data Protection Regulation (UK GDPR)',
    rights: [
      'Object to the training, which LinkedIn bases on its legitimate interests, on grounds relating to your particular situation (UK GDPR Article 21): LinkedIn must stop unless it shows compelling legitimate grounds.',
      'Ask which of your data were used, for what, and who received them (Article 15: access).',
      'Ask for your data to be erased (Article 17), for example after an objection.',
      'Complain to the Information Commissioner\'s Office (ICO).',
    ],
    deadline: { object: GDPR_DEADLINE, access: GDPR_DEADLINE, erasure: GDPR_DEADLINE },
    authority: { name: 'the Information Commissioner\'s Office (ICO)', url: 'https://ico.org.uk/' },
  },
  pipeda: {
    id: 'pipeda',
    shortName: 'PIPEDA',
    lawName: 'the Personal Information Protection and Electronic Documents Act (PIPEDA)',
    rights: [
      'Withdraw your consent to this use of your personal information (PIPEDA Schedule 1, Principle 4.3.8).',
      'Ask for access to your personal information and an account of its use and of the third parties it was disclosed to (Principle 4.9; section 8).',
      'Ask LinkedIn to destroy or delete personal information it no longer needs for an identified purpose (Principle 4.5.3).',
      'Complain to the Office of the Privacy Commissioner of Canada.',
    ],
    deadline: {
      object: 'PIPEDA sets no fixed deadline for acting on a withdrawal of consent; the letter asks for an answer within 30 days.',
      access: 'LinkedIn must answer within 30 days of receiving the request; it may extend this by up to 30 more days if it tells you so within the first 30 days (PIPEDA section 8(3) and 8(4)).',
      erasure: 'PIPEDA sets no fixed deadline for deletion; the letter asks for an answer within 30 days.',
    },
    authority: { name: 'the Office of the Privacy Commissioner of Canada', url: 'https://www.priv.gc.ca/' },
  },
  ccpa: {
    id: 'ccpa',
    shortName: 'CCPA',
    lawName: 'the California Consumer Privacy Act, as amended (CCPA)',
    rights: [
      'Know what personal information LinkedIn collects, uses and discloses about you (Cal. Civ. Code § 1798.110).',
      'Have it deleted (§ 1798.105).',
      'Opt out of its sale or sharing (§ 1798.120) and limit the use of sensitive personal information (§ 1798.121). The CCPA has no general right to object to training: the setting is the direct control.',
      'Complain to the California Privacy Protection Agency.',
    ],
    deadline: {
      object: 'LinkedIn must act on an opt-out of sale or sharing as soon as feasibly possible; for the other requests in the letter, the CCPA\'s 45-day period applies (§ 1798.130(a)(2)).',
      access: 'LinkedIn must answer within 45 calendar days of receiving the request; it may extend this once by 45 more days when reasonably necessary, if it tells you within the first 45 days (§ 1798.130(a)(2)).',
      erasure: 'LinkedIn must answer within 45 calendar days of receiving the request; it may extend this once by 45 more days when reasonably necessary, if it tells you within the first 45 days (§ 1798.130(a)(2)).',
    },
    authority: { name: 'the California Privacy Protection Agency', url: 'https://cppa.ca.gov/' },
  },
  pdpo: {
    id: 'pdpo',
    shortName: 'PDPO, Hong Kong',
    lawName: 'the Personal Data (Privacy) Ordinance (PDPO, Cap. 486)',
    rights: [
      'Refuse consent to the use of your personal data for a new purpose such as AI training (Data Protection Principle 3).',
      'Make a data access request (PDPO section 18): LinkedIn must comply within 40 days (section 19).',
      'Ask LinkedIn to erase data it no longer needs for the purpose it was collected for (section 26; Data Protection Principle 2).',
      'Complain to the Privacy Commissioner for Personal Data (PCPD).',
    ],
    deadline: {
      object: 'The PDPO sets no fixed deadline for this; the letter asks for an answer within 30 days.',
      access: 'LinkedIn must comply with a data access request within 40 days of receiving it (PDPO section 19(1)); it may ask you to use the PCPD\'s data access request form and may charge a fee that is not excessive.',
      erasure: 'The PDPO sets no fixed deadline for this; the letter asks for an answer within 30 days.',
    },
    authority: { name: 'the Privacy Commissioner for Personal Data (PCPD)', url: 'https://www.pcpd.org.hk/' },
  },
  general: {
    id: 'general',
    shortName: "your country's law and LinkedIn's own controls",
    lawName: 'the data-protection law of my country',
    rights: [
      'Use LinkedIn\'s own controls: the setting "Data for Generative AI Improvement" and the Data Processing Objection Form.',
      'Ask LinkedIn what it used and ask for deletion: LinkedIn\'s privacy policy offers access and deletion to members everywhere, and your country\'s law may give you more.',
      'Complain to your country\'s data-protection authority, where one exists.',
    ],
    deadline: {
      object: 'li-exposure knows no legal deadline for your country; the letter asks for an answer within 30 days.',
      access: 'li-exposure knows no legal deadline for your country; the letter asks for an answer within 30 days.',
      erasure: 'li-exposure knows no legal deadline for your country; the letter asks for an answer within 30 days.',
    },
    authority: { name: 'your country\'s data-protection authority, where one exists', url: null },
  },
};

/** The law a region's letters invoke by default (California needs --law ccpa: the report knows only the country). */
export function defaultLaw(region: RegionId | string | null | undefined): LawId {
  switch (region) {
    case 'EU':
      return 'gdpr';
    case 'UK':
      return 'uk-gdpr';
    case 'CA':
      return 'pipeda';
    case 'HK':
      return 'pdpo';
    default:
      return 'general';
  }
}

export function jurisdiction(law: LawId): Jurisdiction {
  return JURISDICTIONS[law];
}
