import type { CategoryId } from './report.js';
import { CATEGORY_IDS } from './report.js';

export const CATEGORY_LABELS: Record<CategoryId, string> = {
  posts: 'Posts',
  comments: 'Comments',
  articles: 'Articles',
  'ai-conversations': 'Chats with LinkedIn AI',
  reposts: 'Reposts',
  'poll-votes': 'Poll votes',
  reactions: 'Reactions',
  media: 'Photos, videos, documents',
  profile: 'Profile fields',
  positions: 'Positions',
  education: 'Education',
  skills: 'Skills',
  certifications: 'Certifications',
  projects: 'Projects',
  publications: 'Publications',
  honors: 'Honors and awards',
  languages: 'Languages',
  courses: 'Courses',
  volunteering: 'Volunteering',
  patents: 'Patents',
  organizations: 'Organizations',
  'profile-other': 'Other profile sections',
  recommendations: 'Recommendations',
  endorsements: 'Endorsements',
  'job-answers': 'Saved job answers',
  'job-applications': 'Job applications',
  resumes: 'Résumés',
  messages: 'Messages',
  invitations: 'Invitations',
  connections: 'Connections',
  contacts: 'Contacts',
  account: 'Account and security',
  activity: 'Other activity',
  'ads-and-inferences': 'Ads and inferences',
};

export function isCategoryId(value: string): value is CategoryId {
  return (CATEGORY_IDS as readonly string[]).includes(value);
}
