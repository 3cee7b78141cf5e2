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
import { policySummaryText } from '../../ui/policy-words';
import { PasswordResetSourceCard } from './PasswordResetSourceCard';
import { PinRecoverySourceCard } from './PinRecoverySourceCard';
import { PASSWORD_RESET_KINDS, PIN_RECOVERY_KINDS, passwordResetTemplate, pinRecoveryTemplate } from './templates';
import { useTranslation } from 'react-i18next';

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
  const { t } = useTranslation();
  const styles = useStyles();
  const passwordCount = useAppStore((state) => state.scenario.policies.passwordReset.length);
  const pinCount = useAppStore((state) => state.scenario.policies.pinRecovery.length);
  const verdict = useVerdict();
  const { policy, pin } = verdict;
  const passwordSources = useAppStore((state) => state.scenario.policies.passwordReset);
  const sources = () => useAppStore.getState().scenario.policies;
  const setPassword = (next: PasswordResetSource[], label: string) => editField('policies.passwordReset', next, label);
  const setPin = (next: PinRecoverySource[], label: string) => editField('policies.pinRecovery', next, label);
  return (
    <ScreenPage
      testId="screen-intune"
      crumbs={t('intuneProfile.homeDevicesWindowsConfiguration')}
      title={t('intuneProfile.intuneProfile')}
      description={t('intuneProfile.createAProfileWindows')}
    >
      <Section title={t('intuneProfile.resetPasswordAtSign')}>
        <div className={styles.effective} data-testid="effective-policy">
          <span>{t('intuneProfile.effectiveValueOnThis')}</span>
          <Badge
            appearance="filled"
            color={policy.value === 1 ? 'success' : policy.value === 0 ? 'danger' : 'informative'}
          >
            {policy.value === 1
              ? t('intuneProfile.valueAllowed')
              : policy.value === 0
                ? t('intuneProfile.valueNotAllowed')
                : t('fields.unknown')}
          </Badge>
          <span className={styles.explanation}>{policySummaryText(verdict, passwordSources, t)}</span>
        </div>
        {Array.from({ length: passwordCount }, (_, index) => (
          <PasswordResetSourceCard
            key={index}
            index={index}
            onRemove={() =>
              setPassword(
                sources().passwordReset.filter((_, i) => i !== index),
                t('intuneProfile.undoRemoveSource', { number: index + 1 }),
              )
            }
          />
        ))}
        <AddSourceMenu
          kinds={PASSWORD_RESET_KINDS}
          label={t('intuneProfile.addSource')}
          onAdd={(kind) =>
            setPassword(
              [...sources().passwordReset, passwordResetTemplate(kind)],
              t('intuneProfile.undoAdd', { kind: PASSWORD_RESET_KINDS[kind] }),
            )
          }
        />
      </Section>
      <Section
        title={t('intuneProfile.pinRecoveryEnablepinrecovery')}
        description={t('intuneProfile.trueWithConsentTo')}
      >
        <div className={styles.effective} data-testid="effective-pin-policy">
          <span>EnablePinRecovery:</span>
          <Badge appearance="tint">{String(pin.enablePinRecovery)}</Badge>
          <span className={styles.explanation}>
            {t('intuneProfile.mode')} {t(`verdictPanel.pinMode.${pin.mode}`)} · CanReset: {pin.canReset}
          </span>
        </div>
        {Array.from({ length: pinCount }, (_, index) => (
          <PinRecoverySourceCard
            key={index}
            index={index}
            onRemove={() =>
              setPin(
                sources().pinRecovery.filter((_, i) => i !== index),
                t('intuneProfile.undoRemovePinSource', { number: index + 1 }),
              )
            }
          />
        ))}
        <AddSourceMenu
          kinds={PIN_RECOVERY_KINDS}
          label={t('intuneProfile.addPinRecoverySource')}
          onAdd={(kind) =>
            setPin(
              [...sources().pinRecovery, pinRecoveryTemplate(kind)],
              t('intuneProfile.undoAdd', { kind: PIN_RECOVERY_KINDS[kind] }),
            )
          }
        />
      </Section>
    </ScreenPage>
  );
}
