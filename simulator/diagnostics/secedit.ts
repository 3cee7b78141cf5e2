// The user rights in force on the device, as `secedit /export /areas USER_RIGHTS /cfg <file>` writes them: an INF
// security template (UTF-16 LE with a BOM; [Unicode], [Version] signature="$CHICAGO$", [Privilege Rights]) where each
// right lists accounts by name or by SID with a "*" prefix, comma-separated. Secedit reads the local security
// database, so the export shows the rights whoever assigned them (Group Policy, the UserRights CSP, Local Security
// Policy) — and it needs an elevated prompt. A right assigned to nobody is left out of the export altogether: in a
// file with a [Privilege Rights] section, a missing SeDenyInteractiveLogonRight means "denied to nobody".
import { splitLines } from '../input/text';
import { principalsFrom } from './policy-values';
import { provenance, warning, type Fact, type ReaderResult, type ReaderWarning } from './types';

/** The two rights the rules read: "Allow log on locally" and "Deny log on locally". */
const RIGHTS: ReadonlyArray<{ constant: string; fact: string }> = [
  { constant: 'SeInteractiveLogonRight', fact: 'setting.AllowLogOnLocally' },
  { constant: 'SeDenyInteractiveLogonRight', fact: 'setting.DenyLogOnLocally' },
];

const SECTION = /^\s*\[([^\]]+)\]\s*$/;
const PRIVILEGE_RIGHTS = /^\s*\[Privilege Rights\]\s*$/im;
/** Run on the trimmed line: a greedy capture, never a lazy one before "\s*$" (quadratic on long runs of spaces). */
const ASSIGNMENT = /^(Se[A-Za-z]+)\s*=\s*(.*)$/;

export function looksLikeSecedit(text: string): boolean {
  const head = text.slice(0, 20000);
  return PRIVILEGE_RIGHTS.test(head) || /^\s*signature\s*=\s*"\$CHICAGO\$"/im.test(head);
}

interface Found {
  value: string;
  line: number;
  raw: string;
}

function rightsSection(
  lines: string[],
  file: string,
  warnings: ReaderWarning[],
): { header?: { line: number; raw: string }; found: Map<string, Found> } {
  const found = new Map<string, Found>();
  let header: { line: number; raw: string } | undefined;
  let inRights = false;
  lines.forEach((raw, index) => {
    const line = index + 1;
    const trimmed = raw.trim();
    const section = SECTION.exec(raw);
    if (section) {
      inRights = section[1].trim().toLowerCase() === 'privilege rights';
      if (inRights && !header) header = { line, raw };
      return;
    }
    if (!inRights || trimmed === '' || trimmed.startsWith(';')) return;
    const assignment = ASSIGNMENT.exec(trimmed);
    if (!assignment) {
      warnings.push(
        warning('unrecognizedLine', `Line ${line} is not a "SeRightName = accounts" line.`, file, { line, raw }),
      );
      return;
    }
    const constant = assignment[1].toLowerCase();
    const first = found.get(constant);
    if (first) {
      warnings.push(
        warning(
          'duplicate',
          `${assignment[1]} appears again on line ${line}; the value on line ${first.line} is kept.`,
          file,
          { line, raw },
          { label: assignment[1], first: first.line },
        ),
      );
      return;
    }
    found.set(constant, { value: assignment[2], line, raw });
  });
  return { header, found };
}

export function readSecedit(text: string, file: string): ReaderResult {
  const warnings: ReaderWarning[] = [];
  const facts: Fact[] = [];
  const lines = splitLines(text.replace(/^\uFEFF/, ''));
  const { header, found } = rightsSection(lines, file, warnings);
  if (!header) {
    warnings.push(
      warning(
        'noUserRights',
        'There is no [Privilege Rights] section: export with secedit /export /areas USER_RIGHTS, from an elevated prompt.',
        file,
      ),
    );
    return { source: 'secedit', facts, warnings };
  }
  for (const right of RIGHTS) {
    const item = found.get(right.constant.toLowerCase());
    const base = {
      id: right.fact,
      source: 'secedit' as const,
      channel: 'system' as const,
      location: `[Privilege Rights] ${right.constant}`,
    };
    if (item) {
      facts.push({ ...base, value: principalsFrom(item.value), provenance: provenance(file, item.line, item.raw) });
    } else {
      facts.push({ ...base, value: [], fromAbsence: true, provenance: provenance(file, header.line, header.raw) });
    }
  }
  return { source: 'secedit', facts, warnings };
}
