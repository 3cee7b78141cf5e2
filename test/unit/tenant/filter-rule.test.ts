// Assignment filter rules: the documented syntax parsed by hand, evaluated three-valued on a device's properties.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  evaluateFilter,
  FilterSyntaxError,
  parseFilterRule,
  type FilterProperties,
} from '../../../simulator/import/index';

const device: FilterProperties = {
  devicename: 'PC-00004',
  manufacturer: 'Microsoft Corporation',
  model: 'Surface Laptop 5',
  osversion: '10.0.22631.4460',
  operatingsystemversion: '10.0.22631.4460',
  operatingsystemsku: 'Enterprise',
  devicetrusttype: 'Azure AD joined',
  deviceownership: 'Corporate',
  enrollmentprofilename: null,
  devicecategory: null,
};

const matches = (rule: string, properties: FilterProperties = device) =>
  evaluateFilter(parseFilterRule(rule), properties).matches;

describe('filter rule syntax (memdocs filters-device-properties.md examples)', () => {
  it('evaluates every documented operator, case-insensitively', () => {
    expect(matches('(device.osVersion -startsWith "10.0.22")')).toBe(true);
    expect(matches('(device.osVersion -startsWith "10.0.19")')).toBe(false);
    expect(matches('(device.manufacturer -eq "microsoft corporation")')).toBe(true);
    expect(matches('(device.model -ne "Surface Book 3")')).toBe(true);
    expect(matches('(device.model -contains "Laptop")')).toBe(true);
    expect(matches('(device.model -notContains "Laptop")')).toBe(false);
    expect(matches('(device.deviceName -endsWith "04")')).toBe(true);
    expect(matches('(device.deviceTrustType -in ["Hybrid Azure AD joined","Azure AD joined"])')).toBe(true);
    expect(matches('(device.operatingSystemSKU -notIn ["Enterprise", "EnterpriseS"])')).toBe(false);
    expect(matches('(device.operatingSystemVersion -gt 10.0.22000.1000)')).toBe(true);
    expect(matches('(device.operatingSystemVersion -le 10.0.22631.3235)')).toBe(false);
    expect(matches('(device.enrollmentProfileName -eq $null)')).toBe(true);
    expect(matches('(device.enrollmentProfileName -ne null)')).toBe(false);
    expect(matches('device.model startsWith "Surface"')).toBe(true);
  });

  it('combines with and / or / not and nested parentheses', () => {
    expect(
      matches(
        '(device.manufacturer -eq "Samsung") or ((device.model -contains "Surface") and (device.deviceOwnership -eq "Corporate"))',
      ),
    ).toBe(true);
    expect(matches('(device.model -contains "Surface") -and not (device.deviceOwnership -eq "Corporate")')).toBe(false);
    expect(matches('not (device.model -eq "x") and device.osVersion -startsWith "10"')).toBe(true);
  });

  it('an unknown property leaves the rule undecided unless the other side decides', () => {
    const outcome = evaluateFilter(parseFilterRule('(device.cpuArchitecture -eq "arm64")'), device);
    expect(outcome).toEqual({ matches: null, unknownProperties: ['cpuarchitecture'] });
    expect(matches('(device.cpuArchitecture -eq "arm64") and (device.model -eq "nope")')).toBe(false);
    expect(matches('(device.cpuArchitecture -eq "arm64") or (device.model -contains "Surface")')).toBe(true);
  });

  it('refuses malformed rules with the position, never a partial tree', () => {
    const bad = [
      '',
      '(device.model -eq "Surface"',
      'device.model -eq',
      'device.model -like "x"',
      'model -eq "x"',
      'device.model -in "x"',
      'device.model -eq ["x"]',
      'device.model -contains null',
      '(device.model -eq "x") xor (device.model -eq "y")',
      'device.model -eq "unterminated',
      '('.repeat(100) + 'device.model -eq "x"' + ')'.repeat(100),
    ];
    for (const rule of bad) expect(() => parseFilterRule(rule), rule).toThrow(FilterSyntaxError);
    expect(() => parseFilterRule('device.model -eq "x" )')).toThrow(/character 22/);
  });

  it('never throws anything but FilterSyntaxError on arbitrary input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        try {
          parseFilterRule(text);
        } catch (error) {
          expect(error).toBeInstanceOf(FilterSyntaxError);
        }
      }),
      { numRuns: 500 },
    );
  });
});
