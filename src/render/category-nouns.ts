// How a category's records are counted in sentences: "1 post", "44 comments".

import type { CategoryId } from '../model/report.js';
import { formatCount } from './number.js';

const NOUNS: Record<CategoryId, [string, string]> = {
  posts: ['post', 'posts'],
  comments: ['comment', 'comments'],
  articles: ['article', 'articles'],
  'ai-conversations': ['chat message with LinkedIn AI', 'chat messages with LinkedIn AI'],
  reposts: ['repost', 'reposts'],
  'poll-votes': ['poll vote', 'poll votes'],
  reactions: ['reaction', 'reactions'],
  media: ['photo, video or document', 'photos, videos and documents'],
  profile: ['profile field', 'profile fields'],
  positions: ['position', 'positions'],
  education: ['education entry', 'education entries'],
  skills: ['skill', 'skills'],
  certifications: ['certification', 'certifications'],
  projects: ['project', 'projects'],
  publications: ['publication', 'publications'],
  honors: ['honor or award', 'honors and awards'],
  languages: ['language', 'languages'],
  courses: ['course', 'courses'],
  volunteering: ['volunteering role', 'volunteering roles'],
  patents: ['patent', 'patents'],
  organizations: ['organization', 'organizations'],
  'profile-other': ['other profile record', 'other profile records'],
  recommendations: ['recommendation', 'recommendations'],
  endorsements: ['endorsement', 'endorsements'],
  'job-answers': ['saved job answer', 'saved job answers'],
  'job-applications': ['job application', 'job applications'],
  resumes: ['résumé', 'résumés'],
  messages: ['message', 'messages'],
  invitations: ['invitation', 'invitations'],
  connections: ['connection', 'connections'],
  contacts: ['contact', 'contacts'],
  account: ['account record', 'account records'],
  activity: ['activity record', 'activity records'],
  'ads-and-inferences': ['ads or inferences record', 'ads and inferences records'],
};

/** "1 post", "1,234 posts". */
export function countOf(category: CategoryId, n: number): string {
  const [one, many] = NOUNS[category];
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}
