// Public surface of the tenant import (pure): snapshot format, Graph record compaction, scenario mapping, apply plan.
export * from './snapshot';
export * from './graph-shapes';
export * from './graph-records';
export * from './policy-records';
export * from './setting-map';
export * from './filter-rule';
export * from './device-assignment';
export * from './device-facts';
export * from './import-warnings';
export * from './vocabulary';
export * from './tenant-index';
export * from './provenance';
export { scenarioFromSnapshot, type PairSelection } from './to-scenario';
export { NOT_SET_BY_INTUNE, notInIntuneNote } from './to-device-settings';
export * from './apply-plan';
export * from './apply-export';
export * from './connection-types';
