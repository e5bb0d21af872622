// The one table of categories: every list, label and flag of a category is read from here.
// Order is the order of the report (summary, list output, policy tables).
//   private: the member's private records (messages, network, account): counted, not listed
//            unless --all-items.
//   profile: profile fields (their "no date" wording differs).
//   composed: the item's text is made by li-exposure from a type and a link ("LIKE on https://
//            www.linkedin.com/feed/update/..."): nobody wrote it, so the detectors do not read it.

export interface Category {
  readonly id: CategoryId;
  readonly label: string;
  readonly private: boolean;
  readonly profile: boolean;
  /** The item's text is composed from a type and a link, not written by anyone (see above). */
  readonly composed: boolean;
  /** Position in the report, 0 first. */
  readonly order: number;
}

const ROWS = [
  { id: 'posts', label: 'Posts', private: false, profile: false },
  { id: 'comments', label: 'Comments', private: false, profile: false },
  { id: 'articles', label: 'Articles', private: false, profile: false },
  { id: 'ai-conversations', label: 'Chats with LinkedIn AI', private: false, profile: false },
  { id: 'reposts', label: 'Reposts', private: false, profile: false, composed: true },
  { id: 'poll-votes', label: 'Poll votes', private: false, profile: false },
  { id: 'reactions', label: 'Reactions', private: false, profile: false, composed: true },
  { id: 'media', label: 'Photos, videos, documents', private: false, profile: false },
  { id: 'profile', label: 'Profile fields', private: false, profile: true },
  { id: 'positions', label: 'Positions', private: false, profile: true },
  { id: 'education', label: 'Education', private: false, profile: true },
  { id: 'skills', label: 'Skills', private: false, profile: true },
  { id: 'certifications', label: 'Certifications', private: false, profile: true },
  { id: 'projects', label: 'Projects', private: false, profile: true },
  { id: 'publications', label: 'Publications', private: false, profile: true },
  { id: 'honors', label: 'Honors and awards', private: false, profile: true },
  { id: 'languages', label: 'Languages', private: false, profile: true },
  { id: 'courses', label: 'Courses', private: false, profile: true },
  { id: 'volunteering', label: 'Volunteering', private: false, profile: true },
  { id: 'patents', label: 'Patents', private: false, profile: true },
  { id: 'organizations', label: 'Organizations', private: false, profile: true },
  { id: 'profile-other', label: 'Other profile sections', private: false, profile: true },
  { id: 'recommendations', label: 'Recommendations', private: false, profile: false },
  { id: 'endorsements', label: 'Endorsements', private: false, profile: false },
  { id: 'job-answers', label: 'Saved job answers', private: false, profile: false },
  { id: 'job-applications', label: 'Job applications', private: false, profile: false },
  { id: 'resumes', label: 'Résumés', private: false, profile: false },
  { id: 'messages', label: 'Messages', private: true, profile: false },
  { id: 'invitations', label: 'Invitations', private: true, profile: false },
  { id: 'connections', label: 'Connections', private: true, profile: false },
  { id: 'contacts', label: 'Contacts', private: true, profile: false },
  { id: 'account', label: 'Account and security', private: true, profile: false },
  { id: 'activity', label: 'Other activity', private: false, profile: false },
  { id: 'ads-and-inferences', label: 'Ads and inferences', private: false, profile: false },
] as const;

export type CategoryId = (typeof ROWS)[number]['id'];

export const CATEGORIES: readonly Category[] = ROWS.map((row, order) => ({ ...row, composed: 'composed' in row && row.composed, order }));

/** Every category id, in report order. */
export const CATEGORY_IDS: readonly CategoryId[] = CATEGORIES.map((c) => c.id);

const BY_ID = new Map<string, Category>(CATEGORIES.map((c) => [c.id, c]));

export function isCategoryId(value: string): value is CategoryId {
  return BY_ID.has(value);
}

export function category(id: CategoryId): Category {
  const found = BY_ID.get(id);
  if (!found) throw new Error(`unknown category ${id}`);
  return found;
}
