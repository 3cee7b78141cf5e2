// Finds user-visible text written straight into renderer code instead of going through i18next: JSX text, string
// props a person reads or hears (label, title, placeholder, aria-label…), option labels, and notification texts.
import ts from 'typescript';

export interface HardcodedText {
  file: string;
  line: number;
  text: string;
  where: string;
}

/** Props whose value a person reads on screen or hears from a screen reader. */
export const VISIBLE_PROPS = new Set([
  'label',
  'title',
  'placeholder',
  'aria-label',
  'aria-description',
  'aria-valuetext',
  'alt',
  'description',
  'help',
  'hint',
  'crumbs',
  'header',
  'content',
  'tooltip',
  'secondaryContent',
  'validationMessage',
  'emptyText',
  'text',
  'message',
  'caption',
  // Field components: option texts and units.
  'yes',
  'no',
  'unit',
  'itemName',
]);

/** Object-literal keys that hold a display text (option lists, menu entries, table columns). */
const VISIBLE_KEYS = new Set(['label', 'title', 'description', 'help', 'hint', 'header', 'text', 'message']);

/** Calls whose text arguments reach the person (toasts, browser dialogs). */
const VISIBLE_CALLS = new Set(['notify', 'confirm', 'prompt', 'alert']);

/** A word of prose: a lower-case word, or a capitalised one (not an identifier such as AllowAadPasswordReset). */
const PROSE_WORD = /(^|[^\w.$/-])([A-Z]?[a-z]{2,})(?![\w$])/;

export function looksLikeProse(text: string): boolean {
  const trimmed = text.trim();
  if (!trimmed) return false;
  if (/^(https?:|mailto:)/.test(trimmed)) return false; // an address
  if (/^[\w.-]+\/[\w./-]*$/.test(trimmed)) return false; // a path
  if (/^((Ctrl|Alt|Shift|Cmd)\+)+\S+$/.test(trimmed)) return false; // a keyboard shortcut
  if (/^[a-z][\w-]*(\.[\w-]+)+$/.test(trimmed)) return false; // a catalogue key or a host name
  return PROSE_WORD.test(trimmed);
}

function textOf(node: ts.Node): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node))
    return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' ');
  if (ts.isParenthesizedExpression(node)) return textOf(node.expression);
  if (ts.isConditionalExpression(node)) {
    const parts = [textOf(node.whenTrue), textOf(node.whenFalse)].filter((part): part is string => part !== null);
    return parts.length ? parts.join(' / ') : null;
  }
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.BarBarToken) return textOf(node.right);
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken)
    return textOf(node.right);
  return null;
}

function nameOf(name: ts.Node): string | null {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name)) return name.text;
  if (ts.isJsxNamespacedName?.(name)) return `${name.namespace.text}:${name.name.text}`;
  return null;
}

/** Every hard-coded user-visible text of one source file. */
export function findHardcodedTexts(file: string, source: string): HardcodedText[] {
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const sourceFile = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, kind);
  const found: HardcodedText[] = [];
  const report = (node: ts.Node, text: string, where: string) => {
    if (!looksLikeProse(text)) return;
    const line = sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1;
    found.push({ file, line, text: text.trim().replace(/\s+/g, ' '), where });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node)) report(node, node.text, 'JSX text');
    else if (ts.isJsxExpression(node) && node.expression && ts.isJsxElement(node.parent ?? node)) {
      const text = textOf(node.expression);
      if (text !== null) report(node, text, 'JSX text');
    } else if (ts.isJsxAttribute(node)) {
      const name = nameOf(node.name);
      if (name && VISIBLE_PROPS.has(name) && node.initializer) {
        const value = ts.isJsxExpression(node.initializer) ? node.initializer.expression : node.initializer;
        const text = value ? textOf(value) : null;
        if (text !== null) report(node, text, `${name}=`);
      }
    } else if (ts.isPropertyAssignment(node) && file.endsWith('.tsx')) {
      const name = nameOf(node.name);
      const text = textOf(node.initializer);
      if (name && VISIBLE_KEYS.has(name) && text !== null) report(node, text, `${name}:`);
    } else if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const name = ts.isIdentifier(callee)
        ? callee.text
        : ts.isPropertyAccessExpression(callee)
          ? callee.name.text
          : '';
      if (VISIBLE_CALLS.has(name)) {
        for (const argument of node.arguments) {
          const text = textOf(argument);
          if (text !== null && !/^(info|success|warning|error)$/.test(text)) report(argument, text, `${name}()`);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}
