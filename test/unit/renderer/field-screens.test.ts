import { describe, expect, it } from 'vitest';
import { locateField } from '../../../renderer/features/verdict/field-screens';

describe('where a missing input is set', () => {
  it('maps scenario paths to screens and Password reset blades', () => {
    expect(locateField('session.kind')).toEqual({ screen: 'session' });
    expect(locateField('device.os.build')).toEqual({ screen: 'device' });
    expect(locateField('policies.passwordReset[0].value')).toEqual({ screen: 'intune' });
    expect(locateField('user.registeredMethods')).toEqual({ screen: 'user' });
    expect(locateField('tenant.sspr.enabled')).toEqual({ screen: 'tenant', blade: 'properties' });
    expect(locateField('tenant.sspr.methodsRequired')).toEqual({ screen: 'tenant', blade: 'methods' });
    expect(locateField('tenant.sspr.onPremises.writebackEnabled')).toEqual({ screen: 'tenant', blade: 'onPremises' });
    expect(locateField('tenant.allowedToUseSSPR')).toEqual({ screen: 'tenant', blade: 'administrator' });
    expect(locateField('tenant.licences')).toEqual({ screen: 'tenant', blade: 'licences' });
    expect(locateField('somethingElse')).toBeNull();
  });
});
