// Intune assignment filters, offline: a small hand-written parser of the filter rule syntax and a three-valued
// evaluator over a device's known properties. Syntax, operators and properties: memdocs
// intune/fundamentals/filters-device-properties.md ("Advanced rule editing", "Supported operators", "Managed device
// properties"); include/exclude semantics: memdocs intune/fundamentals/filters.md.

export type FilterOperator =
  'eq' | 'ne' | 'startswith' | 'endswith' | 'contains' | 'notcontains' | 'in' | 'notin' | 'gt' | 'ge' | 'lt' | 'le';

export type FilterValue = { kind: 'string'; value: string } | { kind: 'list'; values: string[] } | { kind: 'null' };

export type FilterNode =
  | { kind: 'and' | 'or'; left: FilterNode; right: FilterNode }
  | { kind: 'not'; operand: FilterNode }
  | { kind: 'compare'; property: string; operator: FilterOperator; value: FilterValue };

export class FilterSyntaxError extends Error {
  constructor(
    message: string,
    readonly position: number,
  ) {
    super(`${message} (at character ${position + 1})`);
    this.name = 'FilterSyntaxError';
  }
}

const MAX_RULE_LENGTH = 10_000;
const MAX_DEPTH = 64;

const OPERATORS: Record<string, FilterOperator> = {
  eq: 'eq',
  equals: 'eq',
  ne: 'ne',
  notequals: 'ne',
  startswith: 'startswith',
  endswith: 'endswith',
  contains: 'contains',
  notcontains: 'notcontains',
  in: 'in',
  notin: 'notin',
  gt: 'gt',
  ge: 'ge',
  lt: 'lt',
  le: 'le',
};

type Token =
  | { type: 'lparen' | 'rparen' | 'lbracket' | 'rbracket' | 'comma'; at: number }
  | { type: 'string'; value: string; at: number }
  | { type: 'word'; value: string; at: number };

function tokenize(rule: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const punctuation: Record<string, Token['type']> = {
    '(': 'lparen',
    ')': 'rparen',
    '[': 'lbracket',
    ']': 'rbracket',
    ',': 'comma',
  };
  while (i < rule.length) {
    const char = rule[i];
    if (/\s/.test(char)) {
      i += 1;
    } else if (punctuation[char]) {
      tokens.push({ type: punctuation[char], at: i } as Token);
      i += 1;
    } else if (char === '"' || char === '\u201c' || char === '\u201d') {
      const start = i;
      let value = '';
      i += 1;
      for (;;) {
        if (i >= rule.length) throw new FilterSyntaxError('A quoted value is not closed', start);
        const current = rule[i];
        if (current === '\\' && i + 1 < rule.length) {
          value += rule[i + 1];
          i += 2;
        } else if (current === '"' && rule[i + 1] === '"') {
          value += '"';
          i += 2;
        } else if (current === '"' || current === '\u201d') {
          i += 1;
          break;
        } else {
          value += current;
          i += 1;
        }
      }
      tokens.push({ type: 'string', value, at: start });
    } else {
      const start = i;
      while (i < rule.length && !/[\s()[\],"]/.test(rule[i])) i += 1;
      tokens.push({ type: 'word', value: rule.slice(start, i), at: start });
    }
  }
  return tokens;
}

class Parser {
  private index = 0;
  private depth = 0;

  constructor(
    private readonly tokens: Token[],
    private readonly length: number,
  ) {}

  private peek(): Token | undefined {
    return this.tokens[this.index];
  }

  private next(what: string): Token {
    const token = this.tokens[this.index];
    if (!token) throw new FilterSyntaxError(`Expected ${what}, found the end of the rule`, this.length);
    this.index += 1;
    return token;
  }

  private keyword(token: Token | undefined, ...words: string[]): boolean {
    return token?.type === 'word' && words.includes(token.value.toLowerCase().replace(/^-/, ''));
  }

  parse(): FilterNode {
    if (this.tokens.length === 0) throw new FilterSyntaxError('The rule is empty', 0);
    const node = this.or();
    const rest = this.peek();
    if (rest) throw new FilterSyntaxError(`Unexpected "${'value' in rest ? rest.value : rest.type}"`, rest.at);
    return node;
  }

  private or(): FilterNode {
    let left = this.and();
    while (this.keyword(this.peek(), 'or')) {
      this.index += 1;
      left = { kind: 'or', left, right: this.and() };
    }
    return left;
  }

  private and(): FilterNode {
    let left = this.unary();
    while (this.keyword(this.peek(), 'and')) {
      this.index += 1;
      left = { kind: 'and', left, right: this.unary() };
    }
    return left;
  }

  private unary(): FilterNode {
    if (++this.depth > MAX_DEPTH) throw new FilterSyntaxError('The rule nests too deeply', this.peek()?.at ?? 0);
    try {
      if (this.keyword(this.peek(), 'not')) {
        this.index += 1;
        return { kind: 'not', operand: this.unary() };
      }
      const token = this.peek();
      if (token?.type === 'lparen') {
        this.index += 1;
        const inner = this.or();
        const close = this.next('")"');
        if (close.type !== 'rparen') throw new FilterSyntaxError('Expected ")"', close.at);
        return inner;
      }
      return this.comparison();
    } finally {
      this.depth -= 1;
    }
  }

  private comparison(): FilterNode {
    const property = this.next('a device property');
    if (property.type !== 'word' || !/^device\.[A-Za-z][A-Za-z0-9]*$/i.test(property.value)) {
      throw new FilterSyntaxError(
        `Expected a device property such as device.model, found "${'value' in property ? property.value : property.type}"`,
        property.at,
      );
    }
    const operatorToken = this.next('an operator');
    const operator =
      operatorToken.type === 'word' ? OPERATORS[operatorToken.value.toLowerCase().replace(/^-/, '')] : undefined;
    if (!operator) {
      throw new FilterSyntaxError(
        `Unknown operator "${'value' in operatorToken ? operatorToken.value : operatorToken.type}"`,
        operatorToken.at,
      );
    }
    const value = this.value();
    const listOperator = operator === 'in' || operator === 'notin';
    if (listOperator !== (value.kind === 'list')) {
      throw new FilterSyntaxError(
        listOperator ? `-${operator} needs a list such as ["a", "b"]` : `-${operator} needs a single value`,
        operatorToken.at,
      );
    }
    if (value.kind === 'null' && operator !== 'eq' && operator !== 'ne') {
      throw new FilterSyntaxError('null can only be compared with -eq or -ne', operatorToken.at);
    }
    return { kind: 'compare', property: property.value.slice('device.'.length).toLowerCase(), operator, value };
  }

  private value(): FilterValue {
    const token = this.next('a value');
    if (token.type === 'string') return { kind: 'string', value: token.value };
    if (token.type === 'word') {
      return /^\$?null$/i.test(token.value) ? { kind: 'null' } : { kind: 'string', value: token.value };
    }
    if (token.type !== 'lbracket') throw new FilterSyntaxError('Expected a value', token.at);
    const values: string[] = [];
    for (;;) {
      const item = this.next('a list item or "]"');
      if (item.type === 'rbracket' && values.length === 0) break;
      if (item.type !== 'string' && item.type !== 'word') throw new FilterSyntaxError('Expected a list item', item.at);
      values.push(item.value);
      const separator = this.next('"," or "]"');
      if (separator.type === 'rbracket') break;
      if (separator.type !== 'comma') throw new FilterSyntaxError('Expected "," or "]"', separator.at);
    }
    return { kind: 'list', values };
  }
}

/** Parse a filter rule; a syntax error names the position, never a partial tree. */
export function parseFilterRule(rule: string): FilterNode {
  if (rule.length > MAX_RULE_LENGTH) {
    throw new FilterSyntaxError(`The rule is longer than ${MAX_RULE_LENGTH} characters`, MAX_RULE_LENGTH);
  }
  return new Parser(tokenize(rule), rule.length).parse();
}

// ---------- evaluation ----------
/** A device's filter properties: a string, null (Intune has no value), or undefined (not known offline). */
export type FilterProperties = Readonly<Record<string, string | null | undefined>>;

export interface FilterOutcome {
  /** true / false, or null when a property the rule reads is not known. */
  matches: boolean | null;
  /** Properties the rule read that are not known offline. */
  unknownProperties: string[];
}

function compareVersions(left: string, right: string): number | null {
  const a = left.split('.').map(Number);
  const b = right.split('.').map(Number);
  if ([...a, ...b].some((part) => !Number.isInteger(part))) return null;
  for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
    const diff = (a[i] ?? 0) - (b[i] ?? 0);
    if (diff !== 0) return Math.sign(diff);
  }
  return 0;
}

function compare(actual: string | null, operator: FilterOperator, value: FilterValue): boolean {
  if (value.kind === 'null')
    return operator === 'eq' ? actual === null || actual === '' : !(actual === null || actual === '');
  const have = (actual ?? '').toLowerCase();
  if (value.kind === 'list') {
    const found = value.values.some((item) => item.toLowerCase() === have);
    return operator === 'in' ? found : !found;
  }
  const want = value.value.toLowerCase();
  switch (operator) {
    case 'eq':
      return have === want;
    case 'ne':
      return have !== want;
    case 'startswith':
      return have.startsWith(want);
    case 'endswith':
      return have.endsWith(want);
    case 'contains':
      return have.includes(want);
    case 'notcontains':
      return !have.includes(want);
    default: {
      const order = actual === null ? null : compareVersions(actual, value.value);
      if (order === null) return false;
      if (operator === 'gt') return order > 0;
      if (operator === 'ge') return order >= 0;
      if (operator === 'lt') return order < 0;
      return order <= 0;
    }
  }
}

/** Kleene logic: an unknown property leaves the comparison unknown unless the other side decides. */
export function evaluateFilter(node: FilterNode, properties: FilterProperties): FilterOutcome {
  const unknown = new Set<string>();
  const visit = (current: FilterNode): boolean | null => {
    switch (current.kind) {
      case 'not': {
        const inner = visit(current.operand);
        return inner === null ? null : !inner;
      }
      case 'and': {
        const left = visit(current.left);
        const right = visit(current.right);
        if (left === false || right === false) return false;
        return left === null || right === null ? null : true;
      }
      case 'or': {
        const left = visit(current.left);
        const right = visit(current.right);
        if (left === true || right === true) return true;
        return left === null || right === null ? null : false;
      }
      case 'compare': {
        const actual = properties[current.property];
        if (actual === undefined) {
          unknown.add(current.property);
          return null;
        }
        return compare(actual, current.operator, current.value);
      }
    }
  };
  return { matches: visit(node), unknownProperties: [...unknown].sort() };
}
