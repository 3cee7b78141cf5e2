// Public surface of the simulator (pure TypeScript: no electron, react, DOM or node:fs).
export * from './model/scenario';
export * from './model/defaults';
export * from './model/parse';
export * from './model/input-bounds';
export { ADDED_IN_VERSION_2, migrateScenarioInput, type MigrationResult } from './model/migrate';
export * from './model/windows';
export * from './model/paths';
export * from './engine/types';
export { evaluate, resolveOptions, explainRule } from './engine/evaluate';
export { RULES, RULE_IDS, ruleById, type Rule } from './engine/catalogue';
export { fixes, applyChanges } from './engine/fixes';
export { describeAssignment, checkAssignment } from './engine/policy';
export { cloudPasswordProblems, characterClasses, BANNED_PASSWORD_WORDS } from './engine/derive';
export { compareEras, type EraComparison } from './engine/eras';
export { evaluateMany, type FleetSummary } from './engine/fleet';
export { PRESETS, presetById, presetScenario, type Preset } from './presets/presets';
export * from './sources/catalogue';
export * from './sources/source-words';
