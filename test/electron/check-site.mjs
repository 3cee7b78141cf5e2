// Checks the browser edition before it is published: the page carries the Content-Security-Policy as a <meta>
// policy (a static host sends no headers of ours), loads nothing remote, and allows no eval.
// Usage: node test/electron/check-site.mjs <site folder>
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const site = process.argv[2] ?? 'dist/renderer';
const html = readFileSync(join(site, 'index.html'), 'utf8');
const policy = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html)?.[1];
const problems = [];
if (!policy) problems.push('index.html has no Content-Security-Policy <meta> tag');
else {
  if (!/script-src 'self'(;|$)/.test(policy)) problems.push(`script-src is not only 'self': ${policy}`);
  if (/unsafe-eval|https?:|\*/.test(policy)) problems.push(`the policy allows eval or remote content: ${policy}`);
}
for (const match of html.matchAll(/\b(?:src|href)="(https?:[^"]+)"/g)) problems.push(`remote resource: ${match[1]}`);
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`${site}/index.html: Content-Security-Policy present, nothing remote`);
