// Compiles the rule catalogue's predicates into one straight-line module (simulator/engine/predicates.generated.ts),
// so evaluate() runs every predicate without a per-rule function call (issue 3: "compile predicates").
// The catalogue stays the source of truth: each rule({ … }) entry's `when` is copied in, with the three-valued
// helpers (all, any, eq, is, when) and the rule files' one-line helpers written out inline.
//   node test/tools/compile-rules.mjs          regenerate the module
//   node test/tools/compile-rules.mjs --check  exit 1 when the committed module is stale
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ENGINE = path.join(ROOT, 'simulator/engine');
const RULE_FILES = ['rules-visibility.ts', 'rules-launch.ts', 'rules-service.ts', 'rules-legacy-pin.ts'];
export const OUTPUT = path.join(ENGINE, 'predicates.generated.ts');

const F = ts.factory;
/** Truth encoding of conditions.ts: FALSE 0, UNDECIDED 1, TRUE 3 (AND is &, OR is |). */
const [FALSE, UNDECIDED, TRUE] = [0, 1, 3];
const INLINED_HELPERS = new Set(['all', 'any', 'eq', 'is', 'when']);

class CompileError extends Error {}

function literalOf(object, name) {
  const property = object.properties.find((p) => ts.isPropertyAssignment(p) && p.name.getText() === name);
  if (!property) return undefined;
  if (!ts.isStringLiteral(property.initializer))
    throw new CompileError(`${name} must be a string literal (${property.getText()})`);
  return property.initializer.text;
}

function initializerOf(object, name) {
  const property = object.properties.find((p) => ts.isPropertyAssignment(p) && p.name.getText() === name);
  return property?.initializer;
}

/** rule({ … }) entries of one file, in source order. */
function ruleEntries(sourceFile) {
  const entries = [];
  const visit = (node) => {
    if (
      ts.isCallExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'rule' &&
      node.arguments.length === 1
    ) {
      const object = node.arguments[0];
      if (!ts.isObjectLiteralExpression(object))
        throw new CompileError(`${sourceFile.fileName}: rule() takes an object literal`);
      const id = literalOf(object, 'id');
      const key = literalOf(object, 'key') ?? id;
      const target = literalOf(object, 'target') ?? 'password';
      const when = initializerOf(object, 'when');
      if (!key || !when) throw new CompileError(`${sourceFile.fileName}: a rule needs an id and a when`);
      entries.push({
        key,
        id,
        stage: literalOf(object, 'stage'),
        target,
        when,
        reads: initializerOf(object, 'reads'),
        file: sourceFile,
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return entries;
}

const simple = (node) =>
  ts.isIdentifier(node) ||
  (ts.isPropertyAccessExpression(node) && simple(node.expression)) ||
  (ts.isParenthesizedExpression(node) && simple(node.expression));
const num = (value) => F.createNumericLiteral(value);
const paren = (node) => F.createParenthesizedExpression(node);
const asUnknown = (node) => paren(F.createAsExpression(node, F.createKeywordTypeNode(ts.SyntaxKind.UnknownKeyword)));
const asTruth = (node) => paren(F.createAsExpression(paren(node), F.createTypeReferenceNode('Truth')));
const ternary = (condition, whenTrue, whenFalse) =>
  paren(F.createConditionalExpression(condition, undefined, whenTrue, undefined, whenFalse));
const isUnknown = (value) => F.createStrictEquality(asUnknown(value), F.createStringLiteral('unknown'));
const isString = (value) => F.createStrictEquality(F.createTypeOfExpression(value), F.createStringLiteral('string'));

/** A rule's declared reads: string literals or constants holding one (MODERN). */
function readsOf(entry, checker) {
  const list = entry.reads;
  if (!list || !ts.isArrayLiteralExpression(list))
    throw new CompileError(`${entry.key}: reads must be an array literal`);
  return list.elements.map((element) => {
    if (ts.isStringLiteral(element)) return element.text;
    let symbol = ts.isIdentifier(element) ? checker.getSymbolAtLocation(element) : undefined;
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
    const declaration = symbol?.declarations?.[0];
    if (
      declaration &&
      ts.isVariableDeclaration(declaration) &&
      declaration.initializer &&
      ts.isStringLiteral(declaration.initializer)
    )
      return declaration.initializer.text;
    throw new CompileError(
      `${entry.key}: each read must be a string literal or a constant string (${element.getText()})`,
    );
  });
}

/** `c.d.name` for "derived.name", `c.s.a.b` for "a.b". */
function factAccess(path) {
  const [root, parts] = path.startsWith('derived.') ? ['d', [path.slice('derived.'.length)]] : ['s', path.split('.')];
  for (const part of parts)
    if (!/^[A-Za-z_$][\w$]*$/.test(part)) throw new CompileError(`read "${path}": "${part}" is not a plain field name`);
  return `c.${root}.${parts.join('.')}`;
}

/** Compiles one rule file's predicates; collects the module-level names they use. */
function compiler(checker, imports) {
  const declarationOf = (identifier) => {
    let symbol = checker.getSymbolAtLocation(identifier);
    if (!symbol) return null;
    if (symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
    const declaration = symbol.declarations?.[0];
    if (!declaration || declaration.getSourceFile().isDeclarationFile) return null;
    return { symbol, declaration };
  };

  /** A number/boolean field that may be "unknown": a typeof test says unknown without comparing strings. */
  const onlyStringIsUnknown = (node) => {
    const type = checker.getTypeAtLocation(node);
    const members = type.isUnion() ? type.types : [type];
    const plain =
      ts.TypeFlags.Number |
      ts.TypeFlags.NumberLiteral |
      ts.TypeFlags.Boolean |
      ts.TypeFlags.BooleanLiteral |
      ts.TypeFlags.Null;
    return members.every((member) =>
      member.flags & ts.TypeFlags.StringLiteral ? member.value === 'unknown' : (member.flags & plain) !== 0,
    );
  };

  /** A module-level `const name = (c: Context): Truth => expression` of a rule file. */
  const inlineHelper = (identifier) => {
    const found = declarationOf(identifier);
    const declaration = found?.declaration;
    if (!declaration || !ts.isVariableDeclaration(declaration) || !declaration.initializer) return null;
    const fn = declaration.initializer;
    if (
      !ts.isArrowFunction(fn) ||
      ts.isBlock(fn.body) ||
      fn.parameters.length !== 1 ||
      fn.parameters[0].name.getText() !== 'c'
    )
      return null;
    if (!ts.isSourceFile(declaration.parent.parent.parent)) return null;
    return fn.body;
  };

  const recordImport = (identifier, scope) => {
    if (identifier.text === 'c' || identifier.text === 'undefined') return;
    const parent = identifier.parent;
    if (
      parent &&
      (ts.isPropertyAccessExpression(parent) || ts.isPropertyAssignment(parent)) &&
      parent.name === identifier
    )
      return;
    const found = declarationOf(identifier);
    if (!found) return;
    const { declaration, symbol } = found;
    if (
      declaration.pos >= scope.pos &&
      declaration.end <= scope.end &&
      declaration.getSourceFile() === scope.getSourceFile()
    )
      return;
    if (
      ts.isPropertySignature(declaration) ||
      ts.isPropertyAssignment(declaration) ||
      ts.isPropertyDeclaration(declaration) ||
      ts.isMethodSignature(declaration)
    )
      return;
    if (ts.isParameter(declaration) || ts.isTypeParameterDeclaration(declaration)) return;
    const file = declaration.getSourceFile().fileName;
    const statement = ts.isVariableDeclaration(declaration) ? declaration.parent.parent : declaration;
    const exported =
      ts.canHaveModifiers(statement) && (ts.getCombinedModifierFlags(statement) & ts.ModifierFlags.Export) !== 0;
    if (!ts.isSourceFile(statement.parent)) return;
    if (!exported)
      throw new CompileError(`${path.basename(file)}: export "${symbol.name}" so the compiled predicates can use it`);
    const typeOnly = (symbol.flags & ts.SymbolFlags.Value) === 0;
    const module = `./${path.basename(file, '.ts')}`;
    if (!imports.has(module)) imports.set(module, new Map());
    const names = imports.get(module);
    names.set(symbol.name, names.get(symbol.name) === false ? false : typeOnly);
  };

  /** An expression of the predicate with helpers written out. `scope` is the predicate (its own names stay local). */
  const expression = (node, scope) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
      const name = node.expression.text;
      const args = node.arguments.map((arg) => expression(arg, scope));
      const source = declarationOf(node.expression)?.declaration.getSourceFile().fileName ?? '';
      if (INLINED_HELPERS.has(name) && source.endsWith('conditions.ts')) {
        if (name === 'all' || name === 'any') {
          const operator = name === 'all' ? ts.SyntaxKind.AmpersandToken : ts.SyntaxKind.BarToken;
          return asTruth(args.map(paren).reduce((left, right) => F.createBinaryExpression(left, operator, right)));
        }
        if (name === 'when') return ternary(args[0], num(TRUE), num(FALSE));
        if (simple(node.arguments[0])) {
          const known = name === 'eq' ? F.createStrictEquality(asUnknown(args[0]), paren(args[1])) : args[1];
          const unknown = onlyStringIsUnknown(node.arguments[0]) ? isString(args[0]) : isUnknown(args[0]);
          return ternary(unknown, num(UNDECIDED), ternary(known, num(TRUE), num(FALSE)));
        }
      }
      if (node.arguments.length === 1 && ts.isIdentifier(node.arguments[0]) && node.arguments[0].text === 'c') {
        const body = inlineHelper(node.expression);
        if (body) return paren(expression(body, body));
      }
      recordImport(node.expression, scope);
      return F.updateCallExpression(node, node.expression, node.typeArguments, args);
    }
    if (ts.isIdentifier(node)) {
      recordImport(node, scope);
      return node;
    }
    return ts.visitEachChild(
      node,
      (child) => (ts.isExpression(child) ? expression(child, scope) : statementOrNode(child, scope, null)),
      ts.nullTransformationContext,
    );
  };

  /** Statements of a block predicate: `return x` becomes `truths[slot] = x; break label`. */
  const statementOrNode = (node, scope, exit) => {
    if (exit && ts.isReturnStatement(node)) {
      return F.createBlock(
        [assign(exit.slot, expression(node.expression, scope)), F.createBreakStatement(exit.label)],
        false,
      );
    }
    if (ts.isFunctionLike(node))
      return ts.visitEachChild(node, (child) => statementOrNode(child, scope, null), ts.nullTransformationContext);
    if (ts.isExpression(node)) return expression(node, scope);
    return ts.visitEachChild(node, (child) => statementOrNode(child, scope, exit), ts.nullTransformationContext);
  };

  const assign = (slot, value) =>
    F.createExpressionStatement(
      F.createAssignment(F.createElementAccessExpression(F.createIdentifier('truths'), num(slot)), value),
    );

  /** One rule's predicate as a statement that writes its truth into truths[slot]. */
  return (entry, slot) => {
    const when = entry.when;
    let body;
    if (ts.isIdentifier(when)) {
      // `when: helper` is compiled as the call helper(c), inlined like any other.
      body = assign(slot, expression(F.createCallExpression(when, undefined, [F.createIdentifier('c')]), when));
    } else if (ts.isArrowFunction(when) && when.parameters.length === 1 && when.parameters[0].name.getText() === 'c') {
      if (ts.isBlock(when.body)) {
        const label = F.createIdentifier(`rule${slot}`);
        const block = statementOrNode(when.body, when, { slot, label });
        body = F.createLabeledStatement(label, block);
      } else body = assign(slot, expression(when.body, when));
    } else {
      throw new CompileError(
        `${path.basename(entry.file.fileName)} ${entry.key}: "when" must be an arrow function of (c) or a helper's name`,
      );
    }
    return body;
  };
}

/**
 * The fact every predicate of a group requires (as guardOf() in evaluate.ts; a test compares them). Legacy and PIN
 * rules are skipped while their guard is false; the Windows 10/11 rules test c.modern themselves.
 */
function guardOf(entry, reads) {
  if (entry.stage === 'legacy' || entry.id === 'R-OS') return 'legacy';
  if (entry.target === 'pin' && reads.includes('user.pin.hasPin')) return 'pin';
  if (reads.includes('derived.modern')) return 'modern';
  return 'none';
}

function guarded(statement, slot, guard) {
  if (guard !== 'legacy' && guard !== 'pin') return statement;
  const zero = F.createExpressionStatement(
    F.createAssignment(F.createElementAccessExpression(F.createIdentifier('truths'), num(slot)), num(FALSE)),
  );
  return F.createIfStatement(F.createIdentifier(`${guard}Off`), zero, statement);
}

/** The generated module's text. */
export function generate() {
  const program = ts.createProgram(
    RULE_FILES.map((file) => path.join(ENGINE, file)),
    {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      strict: true,
      noEmit: true,
      skipLibCheck: true,
    },
  );
  const checker = program.getTypeChecker();
  const imports = new Map([
    [
      './conditions',
      new Map([
        ['Context', true],
        ['Truth', true],
      ]),
    ],
  ]);
  const compile = compiler(checker, imports);
  const printer = ts.createPrinter({ newLine: ts.NewLineKind.LineFeed });
  const readPaths = new Set();
  const groups = { password: { keys: [], guards: [], statements: [] }, pin: { keys: [], guards: [], statements: [] } };
  for (const file of RULE_FILES) {
    const sourceFile = program.getSourceFile(path.join(ENGINE, file));
    for (const entry of ruleEntries(sourceFile)) {
      const group = groups[entry.target];
      const slot = group.keys.length;
      group.keys.push(entry.key);
      const reads = readsOf(entry, checker);
      for (const read of reads) readPaths.add(read);
      const guard = guardOf(entry, reads);
      group.guards.push(guard);
      const statement = guarded(compile(entry, slot), slot, guard);
      group.statements.push(
        `  // ${entry.key} (${file})\n` + indent(printer.printNode(ts.EmitHint.Unspecified, statement, sourceFile)),
      );
    }
  }
  const importLines = [...imports.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([module, names]) => {
      const list = [...names.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([name, typeOnly]) => (typeOnly ? `type ${name}` : name));
      return `import { ${list.join(', ')} } from '${module}';`;
    });
  const fn = (name, group, doc) =>
    `/** ${doc} */\nexport function ${name}(c: Context, truths: Uint8Array, legacyOff: boolean, pinOff: boolean): void {\n${group.statements.join('\n')}\n}\n`;
  return [
    '// GENERATED by test/tools/compile-rules.mjs from the rule catalogue (rules-*.ts): do not edit; run `npm run compile:rules`.',
    "// Each rule's `when`, written out in one function per target so evaluate() makes no per-rule call. Truths are",
    '// encoded as in conditions.ts (FALSE 0, UNDECIDED 1, TRUE 3). legacyOff / pinOff skip the Windows 7/8.1 add-in rules on',
    '// Windows 10/11 and the PIN rules for a user without a PIN (their guards are false, so they cannot fire).',
    '// test/unit/engine/compiled-predicates.test.ts checks this file is current and agrees with every rule predicate.',
    '/* eslint-disable */',
    ...importLines,
    '',
    `export const PASSWORD_PREDICATE_KEYS: readonly string[] = ${JSON.stringify(groups.password.keys)};`,
    `export const PIN_PREDICATE_KEYS: readonly string[] = ${JSON.stringify(groups.pin.keys)};`,
    `export const PASSWORD_PREDICATE_GUARDS: readonly string[] = ${JSON.stringify(groups.password.guards)};`,
    `export const PIN_PREDICATE_GUARDS: readonly string[] = ${JSON.stringify(groups.pin.guards)};`,
    '',
    fn('passwordPredicates', groups.password, 'The password-flow rules, in PASSWORD_PREDICATE_KEYS order.'),
    fn('pinPredicates', groups.pin, 'The "I forgot my PIN" rules, in PIN_PREDICATE_KEYS order.'),
    readFacts([...readPaths].sort()),
  ].join('\n');
}

/** One reader for every declared read, by number: named loads instead of a walk over the path's keys. */
function readFacts(paths) {
  const cases = paths.map((path, id) => `    case ${id}:\n      return ${factAccess(path)};`);
  return [
    `/** Every path some rule declares in \`reads\`, sorted; readFact(c, id) reads READ_PATHS[id]. */`,
    `export const READ_PATHS: readonly string[] = ${JSON.stringify(paths)};`,
    '',
    '/** The value of READ_PATHS[id] in this context (for the missing-inputs list of an undecided rule). */',
    'export function readFact(c: Context, id: number): unknown {',
    '  switch (id) {',
    ...cases,
    '    default:',
    '      return undefined;',
    '  }',
    '}',
    '',
  ].join('\n');
}

const indent = (text) =>
  text
    .split('\n')
    .map((line) => `  ${line.replace(/^( {4})+/, (spaces) => ' '.repeat(spaces.length / 2))}`)
    .join('\n');

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  try {
    const text = generate();
    if (process.argv.includes('--check')) {
      const current = readFileSync(OUTPUT, 'utf8');
      if (current !== text) {
        console.error(`${path.relative(ROOT, OUTPUT)} is stale: run npm run compile:rules`);
        process.exit(1);
      }
      console.log(`${path.relative(ROOT, OUTPUT)} is current`);
    } else {
      writeFileSync(OUTPUT, text);
      console.log(`wrote ${path.relative(ROOT, OUTPUT)}`);
    }
  } catch (error) {
    if (error instanceof CompileError) {
      console.error(`compile-rules: ${error.message}`);
      process.exit(2);
    }
    throw error;
  }
}
