// Tenant › Password reset: the blades of Entra ID > Password reset, with a resource menu on the left.
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useNavStyles } from '../../ui/nav-styles';
import { ScreenPage } from '../../ui/ScreenPage';
import { TENANT_BLADES, useUiStore, type TenantBlade } from '../../store/ui-store';
import {
  AdministratorBlade,
  CustomizationBlade,
  LicencesBlade,
  MethodsBlade,
  NotificationsBlade,
  PropertiesBlade,
  RegistrationBlade,
} from './TenantBlades';
import { OnPremisesBlade } from './OnPremisesBlade';
import { useTranslation } from 'react-i18next';

/** Catalogue keys of the blade names, as the Entra admin center's Password reset menu words them. */
export const TENANT_BLADE_TITLES: Record<TenantBlade, string> = {
  properties: 'tenantSettings.blade.properties',
  methods: 'tenantSettings.blade.methods',
  registration: 'tenantSettings.blade.registration',
  notifications: 'tenantSettings.blade.notifications',
  customization: 'tenantSettings.blade.customization',
  onPremises: 'tenantSettings.blade.onPremises',
  administrator: 'tenantSettings.blade.administrator',
  licences: 'tenantSettings.blade.licences',
};

const BLADES: Record<TenantBlade, () => React.JSX.Element> = {
  properties: PropertiesBlade,
  methods: MethodsBlade,
  registration: RegistrationBlade,
  notifications: NotificationsBlade,
  customization: CustomizationBlade,
  onPremises: OnPremisesBlade,
  administrator: AdministratorBlade,
  licences: LicencesBlade,
};

const useStyles = makeStyles({
  // One row at every width (a wrapped menu would leave its divider standing alone); the panel takes what is left.
  layout: { display: 'flex', flexWrap: 'nowrap', gap: tokens.spacingHorizontalL, alignItems: 'flex-start' },
  menu: {
    flex: '0 0 auto',
    width: 'clamp(150px, 18vw, 200px)',
    listStyle: 'none',
    margin: 0,
    padding: 0,
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingRight: tokens.spacingHorizontalXS,
  },
  panel: { flex: '1 1 0', minWidth: 0 },
});

export function TenantScreen() {
  const { t } = useTranslation();
  const styles = useStyles();
  const nav = useNavStyles();
  const blade = useUiStore((state) => state.tenantBlade);
  const showTenantBlade = useUiStore((state) => state.showTenantBlade);
  const Blade = BLADES[blade];
  return (
    <ScreenPage
      testId="screen-tenant"
      crumbs={t('tenantSettings.homeMicrosoftEntraId')}
      title={`${t('tenantSettings.passwordReset')} | ${t(TENANT_BLADE_TITLES[blade])}`}
      description={t('tenantSettings.tenantSettingsOnlyEver')}
    >
      <div className={styles.layout}>
        <ul className={styles.menu} aria-label={t('tenantSettings.passwordReset')}>
          {TENANT_BLADES.map((id) => (
            <li key={id}>
              <button
                type="button"
                className={mergeClasses(nav.item, blade === id && nav.selected)}
                aria-current={blade === id ? 'page' : undefined}
                onClick={() => showTenantBlade(id)}
                data-testid={`blade-${id}`}
              >
                {t(TENANT_BLADE_TITLES[id])}
              </button>
            </li>
          ))}
        </ul>
        <div className={styles.panel} data-testid={`blade-panel-${blade}`}>
          <Blade />
        </div>
      </div>
    </ScreenPage>
  );
}
