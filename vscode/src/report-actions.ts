// What the report's commands act on, without the VS Code API: the links of the likely-exposed
// posts, and the address of LinkedIn's setting.
import type { Core, Policy, Report } from './core';
import { newestFirst } from './tree-model';

/**
 * The likely-exposed posts' links, newest first: only https://www.linkedin.com/ addresses (the
 * HTML report's rule), so that no other address from the archive reaches the clipboard.
 */
export function likelyPostLinks(core: Pick<Core, 'linkedInUrl'>, report: Report): { links: string[]; withoutLink: number } {
  const posts = report.items.filter((i) => i.category === 'posts' && i.exposure === 'likely');
  posts.sort(newestFirst);
  const links: string[] = [];
  let withoutLink = 0;
  for (const post of posts) {
    const url = core.linkedInUrl(post.url);
    if (url) links.push(url);
    else withoutLink++;
  }
  return { links, withoutLink };
}

/** The data-for-AI setting's page, if the policy's allow-list permits its address. */
export function settingUrl(core: Pick<Core, 'allowedUrl'>, policy: Policy): string | null {
  return core.allowedUrl(policy.optOut.settingUrl, policy.allowedHosts);
}
