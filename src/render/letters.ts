// Draft letters to LinkedIn's Data Protection Officer: objection, access and erasure, worded for
// the law of the member's region. They state counts and years per category from the report,
// never the text of a post or any private record; what only the member knows is a [PLACEHOLDER].
// Pure: (Report, Policy, options) -> text.

import type { CategoryId, Report } from '../model/report.js';
import type { Policy } from '../exposure/policy-schema.js';
import { countOf } from './category-nouns.js';
import { defaultLaw, DPO_FORM_URL, jurisdiction, type Jurisdiction, type LawId, type LetterKind } from './jurisdictions.js';
import { applicableCaveats, exposedCategoryFacts } from './report-facts.js';
import { allowedUrl, count, neutralise } from './text-safety.js';

export interface LetterOptions {
  kind: LetterKind;
  /** Defaults to the law of the report's region (see defaultLaw). */
  law?: LawId;
  /** The member's name; a placeholder when absent. */
  name?: string;
  /** The years of the exposed records per category, when the report's items were streamed (ReportItems.years). */
  years?: ReadonlyMap<CategoryId, [number, number]>;
}

const WIDTH = 76;

function wrap(text: string, indent = '', first = indent): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = first;
  let empty = true;
  for (const w of words) {
    if (!empty && line.length + 1 + w.length > WIDTH) {
      lines.push(line);
      line = indent + w;
    } else line += (empty ? '' : ' ') + w;
    empty = false;
  }
  lines.push(line);
  return lines;
}

function para(out: string[], text: string): void {
  out.push(...wrap(text), '');
}

function numbered(out: string[], items: string[]): void {
  items.forEach((t, i) => out.push(...wrap(t, '   ', `${i + 1}. `)));
  out.push('');
}

/** "36 posts from 2017 to 2025 (2 likely, 34 possibly used)" per exposed category: exposed records only. */
export function letterFacts(report: Report, years?: ReadonlyMap<CategoryId, [number, number]>): string[] {
  return exposedCategoryFacts(report, years).map(({ summary: c, years }) => {
    const span = years === null ? '' : years[0] === years[1] ? ` from ${years[0]}` : ` from ${years[0]} to ${years[1]}`;
    const levels = [c.likely ? `${count(c.likely)} likely` : null, c.possible ? `${count(c.possible)} possibly` : null].filter(Boolean).join(', ');
    return `${countOf(c.id, c.likely + c.possible)}${span} (${years === null ? 'no dates in the export; ' : ''}${levels} used)`;
  });
}

function link(url: string, policy: Policy): string {
  return allowedUrl(url, policy.allowedHosts) ?? '[the address is not on the policy\'s list of allowed hosts: look it up on LinkedIn\'s help centre]';
}

const SUBJECTS: Record<LawId, Record<LetterKind, string>> = {
  gdpr: {
    object: 'Objection under Article 21 GDPR to the use of my personal data for training generative AI',
    access: 'Request under Article 15 GDPR: access to information about the use of my personal data for AI training',
    erasure: 'Request under Article 17 GDPR: erasure of my personal data from AI training data',
  },
  'uk-gdpr': {
    object: 'Objection under Article 21 UK GDPR to the use of my personal data for training generative AI',
    access: 'Request under Article 15 UK GDPR: access to information about the use of my personal data for AI training',
    erasure: 'Request under Article 17 UK GDPR: erasure of my personal data from AI training data',
  },
  pipeda: {
    object: 'Withdrawal of consent under PIPEDA to the use of my personal information for training generative AI',
    access: 'Access request under PIPEDA about the use of my personal information for AI training',
    erasure: 'Request under PIPEDA to delete my personal information used for AI training',
  },
  ccpa: {
    object: 'CCPA request: opt-out of sale and sharing, limit on sensitive personal information, and no AI training on my data',
    access: 'CCPA request to know about the use of my personal information for AI training',
    erasure: 'CCPA request to delete my personal information used for AI training',
  },
  pdpo: {
    object: 'No consent under the PDPO to the use of my personal data for training generative AI',
    access: 'Data access request under section 18 of the PDPO about the use of my personal data for AI training',
    erasure: 'Request under the PDPO to erase my personal data used for AI training',
  },
  general: {
    object: 'Request to stop using my personal data for training generative AI',
    access: 'Request for information about the use of my personal data for AI training',
    erasure: 'Request to delete my personal data used for AI training',
  },
};

const ACCESS_QUESTIONS = (law: LawId): string[] => {
  const gdpr = law === 'gdpr' || law === 'uk-gdpr';
  const a = (article: string): string => (gdpr ? ` (Article 15(${article}))` : '');
  return [
    `whether you have used my personal data to train or fine-tune generative AI models, and which categories of my data${a('1)(a) and (b')};`,
    'in which training runs my data were included, with their dates, and which period of past data you drew on;',
    'which models and features were trained on them, including models used or offered by your affiliates;',
    `to which recipients or categories of recipients, including affiliates such as Microsoft, you disclosed my data for AI training${a('1)(c')};`,
    `how long you keep my data in training data sets, or the criteria for that period${a('1)(d')};`,
    `the source of any data about me used in training that I did not provide myself${a('1)(g')};`,
    gdpr
      ? 'the safeguards for any transfer of these data outside the European Economic Area or the UK (Article 15(2));'
      : 'where these data are stored and processed;',
    `and a copy of the personal data of mine that you used for this training${gdpr ? ' (Article 15(3))' : ''}.`,
  ];
};

function body(kind: LetterKind, j: Jurisdiction, report: Report, policy: Policy, out: string[]): void {
  const ctx = report.context;
  const optedOut = ctx?.optedOut
    ? `I turned off the setting "${policy.optOut.settingName}" on ${ctx.optedOut}.`
    : `[IF YOU HAVE TURNED OFF THE SETTING "${policy.optOut.settingName.toUpperCase()}", SAY WHEN; OTHERWISE DELETE THIS SENTENCE.]`;
  const caveat = applicableCaveats(report, policy).length > 0;
  const law = j.id;
  if (kind === 'object') {
    if (law === 'gdpr' || law === 'uk-gdpr') {
      const art = law === 'gdpr' ? 'GDPR' : 'UK GDPR';
      para(out, `LinkedIn uses members' personal data to train content-generating AI models and relies on its legitimate interests for this. I object to this processing of my personal data under Article 21(1) ${art}.`);
      para(out, 'My particular situation: [DESCRIBE WHY THIS USE AFFECTS YOU, FOR EXAMPLE YOUR PROFESSION, WHAT YOUR POSTS DEAL WITH, OR THE PEOPLE THEY CONCERN.]');
      para(out, optedOut);
      out.push('I ask you to:', '');
      numbered(out, [
        'stop using my personal data to train or fine-tune generative AI models, and leave it out of every future training run, including the data I created before this objection;',
        ...(law === 'uk-gdpr' ? ['stop sharing my posts, comments, articles and videos with Microsoft for its AI training;'] : []),
        `restrict this processing while you consider my objection (Article 18(1)(d) ${art});`,
        'if you refuse, tell me the compelling legitimate grounds you rely on;',
        'confirm in writing what you have done.',
      ]);
    } else if (law === 'pipeda') {
      para(out, 'LinkedIn uses members\' personal information to train content-generating AI models. I withdraw my consent to this use of my personal information (PIPEDA, Schedule 1, Principle 4.3.8).');
      para(out, optedOut);
      out.push('I ask you to:', '');
      numbered(out, [
        'stop using my personal information to train or fine-tune generative AI models, including information I provided before this letter;',
        'tell me what the withdrawal of my consent means for me, if anything;',
        'confirm in writing what you have done.',
      ]);
    } else if (law === 'ccpa') {
      para(out, 'I am a California resident. Under the California Consumer Privacy Act I direct LinkedIn not to sell or share my personal information (Cal. Civ. Code § 1798.120) and to limit the use and disclosure of my sensitive personal information (§ 1798.121).');
      para(out, optedOut);
      out.push('I also ask you to:', '');
      numbered(out, [
        'stop using my personal information to train or fine-tune generative AI models, including information I provided before this letter;',
        'tell me whether you disclosed my personal information to affiliates or third parties for AI training;',
        'confirm in writing what you have done.',
      ]);
    } else if (law === 'pdpo') {
      para(out, 'LinkedIn uses members\' personal data to train content-generating AI models. This is not the purpose for which I gave LinkedIn my data, and I do not consent to it (Data Protection Principle 3, Personal Data (Privacy) Ordinance).');
      para(out, optedOut);
      out.push('I ask you to:', '');
      numbered(out, [
        'stop using my personal data to train or fine-tune generative AI models, including data I provided before this letter;',
        'confirm in writing what you have done.',
      ]);
    } else {
      para(out, 'LinkedIn uses members\' personal data to train content-generating AI models. I do not want my personal data used for this, and I ask you to stop, under your Privacy Policy and the data-protection law that applies to me ([NAME THE LAW OF YOUR COUNTRY, IF YOU KNOW IT]).');
      para(out, optedOut);
      out.push('I ask you to:', '');
      numbered(out, [
        'stop using my personal data to train or fine-tune generative AI models, including data I provided before this letter;',
        'confirm in writing what you have done.',
      ]);
    }
  } else if (kind === 'access') {
    const intro: Record<LawId, string> = {
      gdpr: 'Under Article 15 GDPR I ask you to confirm whether you process my personal data for training generative AI and, if so, to tell me:',
      'uk-gdpr': 'Under Article 15 UK GDPR I ask you to confirm whether you process my personal data for training generative AI and, if so, to tell me:',
      pipeda: 'Under PIPEDA (section 8 and Schedule 1, Principle 4.9) I ask for access to my personal information used for training generative AI, and for an account of its use and of the third parties to which it has been disclosed. In particular, please tell me:',
      ccpa: 'I am a California resident. Under Cal. Civ. Code §§ 1798.100 and 1798.110 I ask you to disclose the personal information you have collected about me and used for training generative AI, its sources, the business purpose, and the categories of third parties to whom you disclosed it. In particular, please tell me:',
      pdpo: 'This is a data access request under section 18 of the Personal Data (Privacy) Ordinance. Please tell me whether you hold personal data of mine used for training generative AI and, if so, give me a copy of it and tell me:',
      general: 'Under your Privacy Policy and the data-protection law that applies to me ([NAME THE LAW OF YOUR COUNTRY, IF YOU KNOW IT]), I ask you to tell me:',
    };
    para(out, intro[law]);
    numbered(out, ACCESS_QUESTIONS(law));
    if (caveat) para(out, `${optedOut} Please also tell me whether data I created before that day have been or will be used in training runs after it.`);
    else para(out, optedOut);
  } else {
    const intro: Record<LawId, string> = {
      gdpr: 'Under Article 17 GDPR I ask you to erase my personal data from the data sets you use to train generative AI models. I object to this processing under Article 21(1) GDPR, and there are no overriding legitimate grounds for it (Article 17(1)(c)).',
      'uk-gdpr': 'Under Article 17 UK GDPR I ask you to erase my personal data from the data sets you use to train generative AI models. I object to this processing under Article 21(1) UK GDPR, and there are no overriding legitimate grounds for it (Article 17(1)(c)).',
      pipeda: 'I have withdrawn my consent to the use of my personal information for training generative AI. I ask you to delete it from the data sets you use for this training, as you no longer need it for a purpose I consented to (PIPEDA, Schedule 1, Principles 4.3.8 and 4.5.3).',
      ccpa: 'I am a California resident. Under Cal. Civ. Code § 1798.105 I ask you to delete the personal information about me that you hold for training generative AI, and to direct your service providers and contractors to delete it too.',
      pdpo: 'I ask you to erase my personal data from the data sets you use to train generative AI models: this use is not the purpose for which it was collected, and you should not keep it for longer than that purpose requires (section 26 and Data Protection Principle 2, Personal Data (Privacy) Ordinance).',
      general: 'Under your Privacy Policy and the data-protection law that applies to me ([NAME THE LAW OF YOUR COUNTRY, IF YOU KNOW IT]), I ask you to delete my personal data from the data sets you use to train generative AI models.',
    };
    para(out, intro[law]);
    para(out, 'This is not a request to close my LinkedIn account. [IF YOU ALSO WANT SPECIFIC POSTS, COMMENTS OR YOUR WHOLE ACCOUNT DELETED, SAY SO HERE.]');
    out.push('Please also:', '');
    numbered(out, [
      'tell me whether models already trained on my data can have them removed, and what you will do about it;',
      law === 'gdpr' || law === 'uk-gdpr'
        ? 'tell every recipient to whom you disclosed these data for AI training, including affiliates, about this erasure (Article 19), and tell me who they are;'
        : 'tell every recipient to whom you disclosed these data for AI training, including affiliates, about this deletion, and tell me who they are;',
      'confirm in writing what you have done.',
    ]);
    para(out, optedOut);
  }
}

/** One draft letter as plain text (UTF-8, LF, lines of at most 76 columns except addresses). */
export function renderLetter(report: Report, policy: Policy, options: LetterOptions): string {
  const law = options.law ?? defaultLaw(report.context?.region);
  const j = jurisdiction(law);
  const name = options.name?.trim() ? neutralise(options.name.trim()).replace(/\s+/g, ' ') : '[YOUR FULL NAME]';
  const ctx = report.context;
  const exported = report.archives.map((a) => a.exportDate).filter(Boolean).sort().at(-1) ?? null;
  const out: string[] = [];

  out.push("To: LinkedIn's Data Protection Officer");
  if (law === 'gdpr') out.push('    LinkedIn Ireland Unlimited Company (controller for the EU, EEA and Switzerland)');
  out.push(`Sent through: LinkedIn's form for its Data Protection Officer, ${link(DPO_FORM_URL, policy)}`);
  out.push('');
  out.push(`From: ${name}`);
  out.push('E-mail address of my LinkedIn account: [YOUR ACCOUNT E-MAIL ADDRESS]');
  out.push('My profile: [YOUR PROFILE ADDRESS, https://www.linkedin.com/in/...]');
  if (ctx) out.push(`Where I live: [YOUR COUNTRY] (LinkedIn's region: ${neutralise(ctx.regionName)})`);
  out.push(`Date: ${ctx?.asOf ?? '[DATE]'}`);
  out.push('');
  out.push(...wrap(`Subject: ${SUBJECTS[law][options.kind]}`, '  ', ''));
  out.push('');
  out.push('Dear Data Protection Officer,', '');
  if (law === 'gdpr' && ctx?.country === 'CH') para(out, "I live in Switzerland. Besides the GDPR, as LinkedIn's European Regional Privacy Notice applies it to members in Switzerland, I rely on the Swiss Federal Act on Data Protection (FADP).");
  body(options.kind, j, report, policy, out);

  const facts = letterFacts(report, options.years);
  if (facts.length) {
    para(
      out,
      `My LinkedIn data export${exported ? ` of ${exported}` : ''} holds the following data that were on LinkedIn while, by LinkedIn's own published statements, it trained these models on the data of members in my region (my count with the open-source tool li-exposure, policy version ${ctx?.policyVersion ?? policy.version}):`,
    );
    for (const f of facts) out.push(...wrap(f, '  ', '- '));
    out.push('');
  } else {
    para(out, `My LinkedIn data export${exported ? ` of ${exported}` : ''} holds no data that, by LinkedIn's published statements, were in scope of this training; I ask you to confirm this.`);
  }
  if (options.kind !== 'access') para(out, 'Please answer within the time the law allows, and send your answer to the e-mail address of my account.');
  else para(out, 'Please answer within the time the law allows, in electronic form, to the e-mail address of my account.');
  out.push('Yours sincerely,', '', name, '');

  out.push('-'.repeat(WIDTH));
  out.push('NOTES FOR YOU (delete everything below this line before sending)', '');
  const notes: string[] = [
    'Fill in every [PLACEHOLDER] and read the letter through: it is a draft, not legal advice.',
    `Send it through LinkedIn's Data Protection Officer form: ${link(DPO_FORM_URL, policy)}`,
    ...(options.kind === 'object' ? [`To object to other uses of your data for AI (personalisation, safety), LinkedIn has a Data Processing Objection Form: ${link(policy.optOut.objectionFormUrl, policy)}`] : []),
    `Turn the setting off too, if you have not: ${policy.optOut.settingPath} (${link(policy.optOut.settingUrl, policy)}). It stops future use only.`,
    `Deadline: ${j.deadline[options.kind]}`,
    'Keep: a copy of the letter as sent, the date, the case number LinkedIn\'s form gives you, every answer, a dated screenshot of the setting, and your li-exposure report (keep it private: it holds your data).',
    `If LinkedIn does not answer in time, or you disagree with its answer, you can complain to ${j.authority.name}${j.authority.url ? ` (${link(j.authority.url, policy)})` : ''}.`,
    'The counts above come from your export; the letter quotes none of your posts, messages or other records.',
  ];
  for (const n of notes) out.push(...wrap(n, '  ', '- '));
  return out.join('\n') + '\n';
}
