// The verdict as one self-contained HTML file: outcome, fired and undecided rules, policy source, fixes and steps.
import type { Scenario } from '../model/scenario';
import type { Change, Fix, FiredRule, PolicySourceReport, Verdict } from '../engine/types';
import { html, RawHtml } from './html-escape';
import { REPORT_CSS } from './report-styles';
import { describeAssignment } from '../engine/policy';
import { describeBuild } from '../model/windows';
import { resolveSource } from '../sources/catalogue';
import { documentTitle } from '../sources/source-words';
import { fixPhraseText } from './fix-phrases';
import { phraseText } from '../engine/policy-reasons';
import {
  FIELD_NAMES,
  fieldName,
  formatTime,
  reportText,
  stepWords,
  valueName,
  type ReportLanguage,
} from './report-text';
import { ruleMessagesNl } from '../engine/rule-messages-nl';

export interface HtmlReportInput {
  scenario: Scenario;
  verdict: Verdict;
  fixes: readonly Fix[];
  /** ISO time stamp supplied by the caller so the builder stays deterministic; printed in the reader's format. */
  generatedAt: string;
  productVersion?: string;
  /** The reader's language (default English). */
  language?: ReportLanguage;
  /** Time zone for the time stamp (default: the system's). */
  timeZone?: string;
}

/** No script, no remote fetch: the page's own CSP forbids everything but its inline styles. */
const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

export function buildHtmlReport(input: HtmlReportInput): string {
  const { scenario, verdict, fixes, generatedAt } = input;
  const language = input.language ?? 'en-US';
  const text = reportText(language);
  // The title names what actually happens, whatever the scenario was called.
  const title = text.title(text.outcome[verdict.outcome], scenario.name);
  const time = formatTime(generatedAt, language, input.timeZone);
  const page = html`<!DOCTYPE html>
    <html lang="${language}">
      <head>
        <meta charset="utf-8" />
        <meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${title}</title>
        <style>
          ${new RawHtml(REPORT_CSS)}
        </style>
      </head>
      <body>
        <main>
          <h1>${scenario.name}</h1>
          <p class="meta">${scenario.description}</p>
          ${summarySection(scenario, verdict, language)}
          ${firedSection(text.h.fired, verdict.fired, text.noRule, language, verdict.deciding)}
          ${firedSection(text.h.warnings, verdict.warnings, text.noWarning, language)}
          ${undecidedSection(verdict, language)} ${policySection(verdict, language)} ${fixesSection(fixes, language)}
          ${stepsSection(verdict, language)}
          <footer>
            ${text.generated(input.productVersion ? ` ${input.productVersion}` : '')}
            <time datetime="${generatedAt}">${time}</time>. ${text.era(verdict.options.docsAsOf)}
          </footer>
        </main>
      </body>
    </html> `;
  return page.text;
}

function summarySection(scenario: Scenario, verdict: Verdict, language: ReportLanguage): RawHtml {
  const text = reportText(language);
  const { os, joinState } = scenario.device;
  const windows =
    typeof os.build === 'number' && os.family !== 'unknown'
      ? `${describeBuild(os.family, os.build)}${typeof os.ubr === 'number' ? `, UBR ${os.ubr}` : ''}`
      : text.unknown;
  const edition = os.edition === 'unknown' ? '' : `, ${text.edition(os.edition)}`;
  const join = joinState === 'unknown' ? text.unknown : (text.join[joinState] ?? joinState);
  const session = scenario.session;
  const sessionText = `${session.kind === 'unknown' ? text.unknown : (text.session[session.kind] ?? session.kind)}${
    session.startedFrom === 'unknown' ? '' : `, ${text.started[session.startedFrom] ?? session.startedFrom}`
  }`;
  return html`<h2>${text.h.outcome}</h2>
    <p><span class="badge outcome-${verdict.outcome}">${text.outcome[verdict.outcome]}</span></p>
    <table>
      <tr>
        <th scope="row">${verdict.legacy ? text.row.forgotLink : text.row.resetLink}</th>
        <td>${text.tri[verdict.passwordLink]}</td>
      </tr>
      <tr>
        <th scope="row">${text.row.pinLink}</th>
        <td>${text.tri[verdict.pinLink]} (${text.outcome[verdict.pinOutcome]})</td>
      </tr>
      <tr>
        <th scope="row">${text.row.deciding}</th>
        <td>${verdict.deciding.length ? verdict.deciding.join(', ') : text.none}</td>
      </tr>
      ${
        verdict.errorCode
          ? html`<tr>
              <th scope="row">${text.row.errorCode}</th>
              <td><code>${verdict.errorCode}</code></td>
            </tr>`
          : ''
      }
      <tr>
        <th scope="row">${text.row.device}</th>
        <td>${scenario.device.name}: ${windows}${edition}; ${join}</td>
      </tr>
      <tr>
        <th scope="row">${text.row.user}</th>
        <td>${scenario.user.displayName} (${scenario.user.userPrincipalName})</td>
      </tr>
      <tr>
        <th scope="row">${text.row.tenant}</th>
        <td>${scenario.tenant.name}</td>
      </tr>
      <tr>
        <th scope="row">${text.row.session}</th>
        <td>${sessionText}</td>
      </tr>
    </table>`;
}

/** Each cited document as a link to the real page, with its date; unknown citations stay as text. */
function sourceLinks(sources: readonly string[], language: ReportLanguage): RawHtml {
  const text = reportText(language);
  const items = sources.map((cited) => {
    const entry = resolveSource(cited);
    if (!entry) return html`<li>${cited}</li>`;
    const notes = [
      entry.section ?? '',
      entry.document.date ?? '',
      entry.document.kind === 'fieldReport' ? text.fieldReport : '',
      entry.document.kind === 'pullRequest' ? text.pullRequest : '',
    ].filter(Boolean);
    const title = documentTitle(entry.document, language);
    const after = notes.length ? ` (${notes.join('; ')})` : '';
    return html`<li><a href="${entry.url}">${title}</a>${after}</li>`;
  });
  return html`<ul class="sources">
    ${items}
  </ul>`;
}

/** The rule's message in the report's language (the engine's own text is English). */
function ruleMessage(
  rule: { id: string; message: string; messageKey?: string; params?: Readonly<Record<string, string>> },
  language: ReportLanguage,
): string {
  if (language !== 'nl-NL') return rule.message;
  const key = rule.messageKey?.replace(/^rule\./, '') ?? rule.id;
  const dutch = ruleMessagesNl[key];
  if (!dutch) return rule.message;
  // A conflict rule names the sources it saw (names and values, the same in every language).
  return rule.params?.sources ? `${dutch} (${rule.params.sources})` : dutch;
}

function firedSection(
  heading: string,
  rules: readonly FiredRule[],
  emptyText: string,
  language: ReportLanguage,
  deciding: readonly string[] = [],
): RawHtml {
  const text = reportText(language);
  if (rules.length === 0)
    return html`<h2>${heading}</h2>
      <p class="empty">${emptyText}</p>`;
  const decidingClass = new RawHtml(' class="deciding"');
  const rows = rules.map(
    (
      rule,
    ) => html`<tr${deciding.includes(rule.id) ? decidingClass : ''}><td class="rule"><code>${rule.id}</code></td><td class="effect">${rule.effect}</td><td>${text.stage[rule.stage] ?? rule.stage}</td>\
<td>${ruleMessage(rule, language)}${rule.unofficial ? ` (${text.fieldReport})` : ''}</td><td>${sourceLinks(rule.sources, language)}</td></tr>\n`,
  );
  return html`<h2>${heading}</h2>
    <table>
      <thead>
        <tr>
          <th>${text.col.rule}</th>
          <th>${text.col.effect}</th>
          <th>${text.col.stage}</th>
          <th>${text.col.message}</th>
          <th>${text.col.sources}</th>
        </tr>
      </thead>
      <tbody>
        ${rows}
      </tbody>
    </table>`;
}

function undecidedSection(verdict: Verdict, language: ReportLanguage): RawHtml {
  const text = reportText(language);
  if (verdict.undecided.length === 0)
    return html`<h2>${text.h.undecided}</h2>
      <p class="empty">${text.allDecided}</p>`;
  const rows = verdict.undecided.map(
    (rule) =>
      html`<tr>
        <td class="rule"><code>${rule.id}</code></td>
        <td class="effect">${rule.effect}</td>
        <td>${ruleMessage(rule, language)}</td>
        <td>${rule.missing.map((path) => fieldName(path, language)).join(', ')}</td>
      </tr> `,
  );
  return html`<h2>${text.h.undecided}</h2>
    <table>
      <thead>
        <tr>
          <th>${text.col.rule}</th>
          <th>${text.col.effectIf}</th>
          <th>${text.col.message}</th>
          <th>${text.col.missing}</th>
        </tr>
      </thead>
      <tbody>
        ${rows}
      </tbody>
    </table>`;
}

function policySection(verdict: Verdict, language: ReportLanguage): RawHtml {
  const text = reportText(language);
  const policy = verdict.policy;
  const rows = policy.sources.map((source) => policyRow(source, policy.sourceIndex, language));
  // The engine's English names the source kind by its model word; print the admin center's name instead.
  const explanation =
    language === 'en-US'
      ? policy.explanation.replace(
          /\((omaUri|settingsCatalog|registry|gpo|accountProtection)\)/g,
          (_whole, kind: string) => `(${text.policyKind[kind]})`,
        )
      : phraseText(policy.explanationParts, language);
  return html`<h2>${text.h.policy}</h2>
    <p>
      ${text.effectiveValue} <code>AllowAadPasswordReset</code>:
      <strong>${policy.value === 'unknown' ? text.unknown : policy.value}</strong>. ${explanation}
    </p>
    ${
      rows.length === 0
        ? html`<p class="empty">${text.noPolicy}</p>`
        : html`<table>
            <thead>
              <tr>
                <th>${text.col.source}</th>
                <th>${text.col.setting}</th>
                <th>${text.col.value}</th>
                <th>${text.col.applies}</th>
                <th>${text.col.why}</th>
              </tr>
            </thead>
            <tbody>
              ${rows}
            </tbody>
          </table>`
    }`;
}

function policyRow(source: PolicySourceReport, effectiveIndex: number | null, language: ReportLanguage): RawHtml {
  const text = reportText(language);
  const marker = source.index === effectiveIndex ? ` (${text.effective})` : '';
  const assignment = source.assignment
    ? html`<br /><small>${describeAssignment(source.assignment, language)}</small>`
    : '';
  return html`<tr>
    <td>${source.name} <small>${text.policyKind[source.kind] ?? source.kind}</small>${marker}</td>
    <td><code>${source.path}</code></td>
    <td>${source.value}</td>
    <td>${text.applies[source.applies]}</td>
    <td>${phraseText(source.reasonParts, language)}${assignment}</td>
  </tr> `;
}

/** A change in words: "Set SSPR enabled to All" for an input the scenario left unknown, else the engine's sentence. */
function isScalar(value: unknown): boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

function changeText(change: Change, language: ReportLanguage): string {
  const phrased = fixPhraseText(change, language);
  if (phrased) return phrased;
  // The engine's label is English; other readers get the field and its new value in their words, as the app shows it.
  const named = FIELD_NAMES[language][change.path] !== undefined && isScalar(change.to);
  if (change.from !== 'unknown' && (language === 'en-US' || !named)) return change.label;
  const field = fieldName(change.path, language);
  const value = valueName(change.to, language);
  return language === 'nl-NL' ? `Zet ${field} op ${value}` : `Set ${field} to ${value}`;
}

function fixesSection(fixes: readonly Fix[], language: ReportLanguage): RawHtml {
  const text = reportText(language);
  if (fixes.length === 0)
    return html`<h2>${text.h.fixes}</h2>
      <p class="empty">${text.noFix}</p>`;
  const items = fixes.map(
    (fix) =>
      html`<li>
        <strong>${fix.changes.map((change) => changeText(change, language)).join('; ')}</strong>
        (${text.clears(fix.clears.join(', '))}; ${text.afterwards(text.outcome[fix.outcomeAfter])})
      </li> `,
  );
  return html`<h2>${text.h.fixes}</h2>
    <ol>
      ${items}
    </ol>`;
}

function stepsSection(verdict: Verdict, language: ReportLanguage): RawHtml {
  const text = reportText(language);
  if (verdict.steps.length === 0)
    return html`<h2>${text.h.steps}</h2>
      <p class="empty">${text.noSteps}</p>`;
  const items = verdict.steps.map((step) => {
    const words = stepWords(step, verdict.legacy, verdict.passwordLink, language);
    return html`<li><strong>${words.title}</strong>: ${words.detail}</li> `;
  });
  return html`<h2>${text.h.steps}</h2>
    <ol class="steps">
      ${items}
    </ol>`;
}
