// Intune profile: the seed's steps as a form. Every AllowAadPasswordReset source with its assignment, the effective
// value the engine resolved, and the EnablePinRecovery sources for Windows Hello PIN reset.
import {
  Badge,
  Button,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { Add20Regular } from '@fluentui/react-icons/svg/add';
import type { PasswordResetSource, PinRecoverySource } from '../../../simulator/index';
import { Section, editField } from '../../ui/fields';
import { ScreenPage } from '../../ui/ScreenPage';
import { useAppStore } from '../../store/app-store';
import { useVerdict } from '../../store/verdict';
import { PasswordResetSourceCard } from './PasswordResetSourceCard';
import { PinRecoverySourceCard } from './PinRecoverySourceCard';
import { PASSWORD_RESET_KINDS, PIN_RECOVERY_KINDS, passwordResetTemplate, pinRecoveryTemplate } from './templates';

const useStyles = makeStyles({
  effective: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    flexWrap: 'wrap',
    marginBlock: tokens.spacingVerticalS,
  },
  explanation: { color: tokens.colorNeutralForeground2 },
});

function AddSourceMenu<K extends string>({
  kinds,
  label,
  onAdd,
}: {
  kinds: Record<K, string>;
  label: string;
  onAdd(kind: K): void;
}) {
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <Button icon={<Add20Regular />}>{label}</Button>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {(Object.keys(kinds) as K[]).map((kind) => (
            <MenuItem key={kind} onClick={() => onAdd(kind)}>
              {kinds[kind]}
            </MenuItem>
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

export function IntuneProfileScreen() {
  const styles = useStyles();
  const passwordCount = useAppStore((state) => state.scenario.policies.passwordReset.length);
  const pinCount = useAppStore((state) => state.scenario.policies.pinRecovery.length);
  const { policy, pin } = useVerdict();
  const sources = () => useAppStore.getState().scenario.policies;
  const setPassword = (next: PasswordResetSource[], label: string) => editField('policies.passwordReset', next, label);
  const setPin = (next: PinRecoverySource[], label: string) => editField('policies.pinRecovery', next, label);
  return (
    <ScreenPage
      testId="screen-intune"
      crumbs="Home › Devices › Windows › Configuration"
      title="Intune profile"
      description="Create a profile › Windows 10 and later › Templates › Custom (or Settings catalog), add the OMA-URI setting, assign it to a device group."
    >
      <Section title="Reset password at sign-in (AllowAadPasswordReset)">
        <div className={styles.effective} data-testid="effective-policy">
          <span>Effective value on this device:</span>
          <Badge
            appearance="filled"
            color={policy.value === 1 ? 'success' : policy.value === 0 ? 'danger' : 'informative'}
          >
            {policy.value === 1 ? '1 · Allowed' : policy.value === 0 ? '0 · Not allowed' : 'Unknown'}
          </Badge>
          <span className={styles.explanation}>{policy.explanation}</span>
        </div>
        {Array.from({ length: passwordCount }, (_, index) => (
          <PasswordResetSourceCard
            key={index}
            index={index}
            onRemove={() =>
              setPassword(
                sources().passwordReset.filter((_, i) => i !== index),
                `Remove policy source ${index + 1}`,
              )
            }
          />
        ))}
        <AddSourceMenu
          kinds={PASSWORD_RESET_KINDS}
          label="Add source"
          onAdd={(kind) =>
            setPassword([...sources().passwordReset, passwordResetTemplate(kind)], `Add ${PASSWORD_RESET_KINDS[kind]}`)
          }
        />
      </Section>
      <Section
        title="PIN recovery (EnablePinRecovery)"
        description="True, with consent to the Microsoft Pin Reset apps, makes I forgot my PIN non-destructive."
      >
        <div className={styles.effective} data-testid="effective-pin-policy">
          <span>EnablePinRecovery:</span>
          <Badge appearance="tint">{String(pin.enablePinRecovery)}</Badge>
          <span className={styles.explanation}>
            Mode: {pin.mode} · CanReset: {pin.canReset}
          </span>
        </div>
        {Array.from({ length: pinCount }, (_, index) => (
          <PinRecoverySourceCard
            key={index}
            index={index}
            onRemove={() =>
              setPin(
                sources().pinRecovery.filter((_, i) => i !== index),
                `Remove PIN source ${index + 1}`,
              )
            }
          />
        ))}
        <AddSourceMenu
          kinds={PIN_RECOVERY_KINDS}
          label="Add PIN recovery source"
          onAdd={(kind) =>
            setPin([...sources().pinRecovery, pinRecoveryTemplate(kind)], `Add ${PIN_RECOVERY_KINDS[kind]}`)
          }
        />
      </Section>
    </ScreenPage>
  );
}
