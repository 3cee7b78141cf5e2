// The template facts the what-if panel can change for every row, with the values offered for each.
import { DEFAULT_FLEET_TEMPLATE } from '../../../simulator/fleet';

export interface WhatIfValue {
  id: string;
  /** Catalogue key of the value's name, or null when the value is its own label (a number). */
  label: string | null;
  value: unknown;
}

export interface WhatIfFact {
  id: string;
  /** Catalogue key of the fact's name. */
  label: string;
  path: string;
  values: WhatIfValue[];
}

export const WHAT_IF_FACTS: readonly WhatIfFact[] = [
  {
    id: 'session',
    label: 'fleet.fact.session',
    path: 'session.kind',
    values: [
      { id: 'console', label: 'fleet.value.console', value: 'console' },
      { id: 'remoteDesktop', label: 'fleet.value.remoteDesktop', value: 'remoteDesktop' },
      { id: 'hyperVEnhanced', label: 'fleet.value.hyperVEnhanced', value: 'hyperVEnhanced' },
    ],
  },
  {
    id: 'ssprEnabled',
    label: 'fleet.fact.ssprEnabled',
    path: 'tenant.sspr.enabled',
    values: [
      { id: 'All', label: 'fleet.value.all', value: 'All' },
      { id: 'Selected', label: 'fleet.value.selected', value: 'Selected' },
      { id: 'None', label: 'fleet.value.none', value: 'None' },
    ],
  },
  {
    id: 'methodsRequired',
    label: 'fleet.fact.methodsRequired',
    path: 'tenant.sspr.methodsRequired',
    values: [
      { id: '1', label: null, value: 1 },
      { id: '2', label: null, value: 2 },
    ],
  },
  {
    id: 'cad',
    label: 'fleet.fact.cad',
    path: 'device.settings.DisableCAD',
    values: [
      { id: 'required', label: 'fleet.value.yes', value: 0 },
      { id: 'notRequired', label: 'fleet.value.no', value: 1 },
    ],
  },
  {
    id: 'policy',
    label: 'fleet.fact.policy',
    path: 'policies.passwordReset',
    values: [
      { id: 'assigned', label: 'fleet.value.assigned', value: DEFAULT_FLEET_TEMPLATE.policies.passwordReset },
      { id: 'removed', label: 'fleet.value.removed', value: [] },
    ],
  },
  {
    id: 'network',
    label: 'fleet.fact.network',
    path: 'device.network.reachesPasswordResetService',
    values: [
      { id: 'yes', label: 'fleet.value.yes', value: true },
      { id: 'no', label: 'fleet.value.no', value: false },
    ],
  },
];
