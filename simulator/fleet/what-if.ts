// A fleet what-if: "path=value" changes applied to every row, checked against the scenario model first.
import type { Change } from '../engine/types';
import { validateScenario } from '../model/parse';
import { getAt, setAt } from '../model/paths';
import type { Scenario } from '../model/scenario';
import { FleetInputError, descriptorsOf, fleetProblem } from './errors';

/** "session.kind=remoteDesktop", "tenant.sspr.methodsRequired=2", "device.settings.DisableCAD=0". */
export function parseWhatIf(text: string, template: Scenario): Change {
  const at = text.indexOf('=');
  if (at <= 0) throw new FleetInputError('--what-if', fleetProblem('whatIfSyntax', { text: JSON.stringify(text) }));
  const path = text.slice(0, at).trim();
  const raw = text.slice(at + 1).trim();
  let value: unknown = raw;
  try {
    value = JSON.parse(raw);
  } catch {
    // A bare word is a string ("console", "unknown").
  }
  return whatIfChange(path, value, template);
}

export function whatIfChange(path: string, value: unknown, template: Scenario): Change {
  const from = getAt(template, path);
  if (from === undefined || path.startsWith('provenance') || path === 'name' || path === 'description')
    throw new FleetInputError('--what-if', fleetProblem('whatIfUnknownField', { path }), { column: path });
  const checked = validateScenario(setAt(template, path, value));
  if (!checked.ok) {
    const problem = checked.problems[0];
    throw new FleetInputError(
      '--what-if',
      fleetProblem('whatIfInvalidValue', {
        path,
        value: JSON.stringify(value),
        expected: problem.expected,
        found: problem.found,
        ...descriptorsOf(problem),
      }),
      { column: path },
    );
  }
  return { path, from, to: value, label: `${path}: ${JSON.stringify(from)} → ${JSON.stringify(value)}` };
}
