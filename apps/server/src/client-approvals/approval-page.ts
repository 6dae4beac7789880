import { textLength } from '@rapport/plugin-sdk';
import type { PluginRegistry } from '../plugins/plugin-registry.js';
import type { PostMedia } from '../posts/post.entity.js';
import { ClientDecision } from './client-approval-decision.entity.js';
import type { ApprovalPage, PagePost } from './client-approvals.service.js';
import { escapeHtml as e, formatInZone } from './format.js';

/** The page's only stylesheet, served at STYLESHEET_PATH: the CSP allows no inline style or script. */
export const STYLESHEET_PATH = '/client/approval.css';

/**
 * The client page's Content-Security-Policy: nothing runs (no script at all;
 * the forms work without), styles come from this server, images and videos
 * of the posts from wherever they are hosted.
 */
export const PAGE_CSP = "default-src 'none'; style-src 'self'; img-src 'self' https: http: data:; media-src 'self' https: http:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

export const STYLESHEET = `
*{box-sizing:border-box}
body{margin:0;background:#f4f5f7;color:#1d2129;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
main{max-width:760px;margin:0 auto;padding:24px 16px 64px}
header h1{font-size:1.4rem;margin:0 0 4px}
.muted{color:#5f6b7a;font-size:.9rem}
.note{background:#fff;border-left:4px solid #4263eb;padding:12px 16px;margin:16px 0;white-space:pre-wrap}
.post{background:#fff;border-radius:10px;box-shadow:0 1px 3px rgba(0,0,0,.12);padding:20px;margin:24px 0}
.post h2{font-size:1.05rem;margin:0 0 12px}
.when{font-weight:600}
.variant{border:1px solid #dde1e6;border-radius:8px;padding:14px;margin:12px 0}
.network{display:flex;justify-content:space-between;gap:8px;font-size:.85rem;color:#5f6b7a;margin-bottom:8px}
.network strong{color:#1d2129}
.text{white-space:pre-wrap;overflow-wrap:anywhere;margin:0}
.media{display:flex;flex-wrap:wrap;gap:8px;margin-top:10px}
.media img,.media video{max-width:100%;max-height:320px;border-radius:6px;background:#eef0f3}
.media a{font-size:.85rem}
.status{padding:10px 14px;border-radius:6px;background:#eef0f3}
.status.approved{background:#e6f6ec;color:#1b5e36}
.status.changes{background:#fff4e5;color:#7a4a00}
form{margin-top:14px}
textarea{width:100%;min-height:80px;padding:8px;font:inherit;border:1px solid #c5ccd6;border-radius:6px}
.actions{display:flex;gap:12px;margin-top:10px;flex-wrap:wrap}
button{font:inherit;padding:8px 18px;border-radius:6px;border:1px solid transparent;cursor:pointer}
button.approve{background:#2b8a3e;color:#fff}
button.changes{background:#fff;border-color:#c5ccd6;color:#1d2129}
.error h1{color:#a61e4d}
`;

function layout(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${e(title)}</title>
<link rel="stylesheet" href="${STYLESHEET_PATH}">
</head>
<body><main>
${body}
</main></body>
</html>`;
}

/** A refusal (unknown, withdrawn or expired link; a decision that cannot be taken) as a page. */
export function renderErrorPage(title: string, message: string, backLink?: string): string {
  return layout(title, `<section class="error"><h1>${e(title)}</h1><p>${e(message)}</p>${backLink ? `<p><a href="${e(backLink)}">Back to the review</a></p>` : ''}</section>`);
}

function renderMedia(media: PostMedia[]): string {
  if (!media.length) return '';
  const items = media.map((m) => {
    const safe = /^https?:\/\//i.test(m.url);
    const alt = m.altText ?? '';
    if (safe && m.mimeType.startsWith('image/')) return `<img src="${e(m.url)}" alt="${e(alt)}">`;
    if (safe && m.mimeType.startsWith('video/')) return `<video src="${e(m.url)}" controls preload="metadata" title="${e(alt)}"></video>`;
    return safe ? `<a href="${e(m.url)}" rel="noreferrer noopener">${e(m.mimeType)}: ${e(m.url)}</a>` : `<span>${e(m.mimeType)}: ${e(m.url)}</span>`;
  });
  return `<div class="media">${items.join('')}</div>`;
}

function renderPost(item: PagePost, page: ApprovalPage, index: number, csrf: string, registry: PluginRegistry): string {
  const { post, decision, closed } = item;
  const heading = `<h2>Post ${index + 1} of ${page.posts.length}</h2>`;
  if (!post) return `<article class="post" id="post-${e(item.id)}">${heading}<p class="status">${e(closed ?? '')}</p></article>`;
  const tz = page.request.timeZone;
  const when = post.scheduledAt ? `Scheduled for <span class="when">${e(formatInZone(post.scheduledAt, tz))}</span>` : 'Not scheduled yet';
  // One card per network, with the text that network will receive (its variant, or the post's body).
  const variants = post.targets
    .map((target) => {
      const channel = item.channels.get(target.channelId);
      const network = channel ? (registry.channelType(channel.type)?.driver.displayName ?? channel.type) : 'Channel';
      const account = channel ? channel.externalAccountName || channel.displayName : '';
      const text = target.variantText ?? post.body;
      const limits = channel ? registry.channelType(channel.type)?.driver.limits : undefined;
      const limit = limits?.maxLength;
      const length = limits ? textLength(limits, text) : [...text].length;
      return `<section class="variant"><div class="network"><span><strong>${e(network)}</strong> · ${e(account)}</span><span>${length}${limit ? ` / ${limit}` : ''} characters</span></div><p class="text">${e(text)}</p>${renderMedia(post.media)}</section>`;
    })
    .join('');
  let answer: string;
  if (decision) {
    const approved = decision.decision === ClientDecision.APPROVED;
    answer = `<p class="status ${approved ? 'approved' : 'changes'}">${approved ? 'You approved this post' : 'You asked for changes'} on ${e(formatInZone(decision.createdAt, tz))}.${decision.comment ? ` Your comment: “${e(decision.comment)}”` : ''}</p>`;
  } else if (closed) {
    answer = `<p class="status">${e(closed)}</p>`;
  } else {
    answer = `<form method="post" action="">
<input type="hidden" name="csrf" value="${e(csrf)}">
<input type="hidden" name="postId" value="${e(post.id)}">
<label for="comment-${e(post.id)}">Comment (required to request changes)</label>
<textarea id="comment-${e(post.id)}" name="comment" maxlength="2000"></textarea>
<div class="actions"><button class="approve" type="submit" name="decision" value="approve">Approve</button><button class="changes" type="submit" name="decision" value="changes">Request changes</button></div>
</form>`;
  }
  return `<article class="post" id="post-${e(post.id)}">${heading}<p>${when}</p>${variants}${answer}</article>`;
}

/** The review page of one link: every post of the request as each network will show it, with a form per post. */
export function renderApprovalPage(page: ApprovalPage, csrf: string, registry: PluginRegistry): string {
  const { request, workspace } = page;
  const asker = page.requesterName ? `${page.requesterName} at ${workspace.name}` : workspace.name;
  const intro = `<header><h1>${e(workspace.name)}: review before publishing</h1>
<p class="muted">${e(asker)} asks ${e(page.recipient.email)} to review ${page.posts.length === 1 ? 'this post' : `these ${page.posts.length} posts`}. Times are shown in ${e(request.timeZone)}.</p>
${request.deadline ? `<p><strong>Please decide by ${e(formatInZone(request.deadline, request.timeZone))}</strong>: posts not approved by then will not be published.</p>` : ''}
<p class="muted">This link works until ${e(formatInZone(request.expiresAt, request.timeZone))}.</p>
</header>${request.message ? `<div class="note">${e(request.message)}</div>` : ''}`;
  return layout(`${workspace.name}: review`, intro + page.posts.map((item, index) => renderPost(item, page, index, csrf, registry)).join('\n'));
}
