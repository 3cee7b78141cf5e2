// Left navigation, grouped the way the Entra / Intune admin centers group their menus. The header's menu button
// folds it into a narrow rail of icons (each keeps its name for screen readers and as a hover hint).
import type { ReactElement } from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { DesktopSignal20Regular } from '@fluentui/react-icons/svg/desktop-signal';
import { DataBarHorizontal20Regular } from '@fluentui/react-icons/svg/data-bar-horizontal';
import { DocumentSearch20Regular } from '@fluentui/react-icons/svg/document-search';
import { History20Regular } from '@fluentui/react-icons/svg/history';
import { Home20Regular } from '@fluentui/react-icons/svg/home';
import { KeyReset20Regular } from '@fluentui/react-icons/svg/key-reset';
import { Person20Regular } from '@fluentui/react-icons/svg/person';
import { PlugConnected20Regular } from '@fluentui/react-icons/svg/plug-connected';
import { PhoneLaptop20Regular } from '@fluentui/react-icons/svg/phone-laptop';
import { ShieldKeyhole20Regular } from '@fluentui/react-icons/svg/shield-keyhole';
import { useTranslation } from 'react-i18next';
import { useUiStore, type ScreenId } from '../store/ui-store';
import { useNavStyles } from '../ui/nav-styles';

const useRailStyles = makeStyles({
  rail: { width: '52px', minWidth: '52px', paddingInline: tokens.spacingHorizontalXS },
  railItem: { justifyContent: 'center', paddingInline: 0 },
  railHeader: { height: tokens.spacingVerticalS, padding: 0, borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
});

interface NavEntry {
  id: ScreenId;
  /** Catalogue key of the entry's name. */
  label: string;
  icon: ReactElement;
}

/** Screens other features add (diagnostics, fleet…) join a section here with their own catalogue key. */
const SECTIONS: { header?: string; entries: NavEntry[] }[] = [
  { entries: [{ id: 'start', label: 'nav.start', icon: <Home20Regular /> }] },
  {
    header: 'nav.tenant',
    entries: [
      { id: 'tenant', label: 'nav.passwordReset', icon: <KeyReset20Regular /> },
      { id: 'connect', label: 'nav.tenantConnection', icon: <PlugConnected20Regular /> },
    ],
  },
  {
    header: 'nav.deviceSection',
    entries: [
      { id: 'device', label: 'nav.device', icon: <PhoneLaptop20Regular /> },
      { id: 'diagnostics', label: 'diagnostics.nav', icon: <DocumentSearch20Regular /> },
      { id: 'fleet', label: 'fleet.nav', icon: <DataBarHorizontal20Regular /> },
      { id: 'intune', label: 'nav.intuneProfile', icon: <ShieldKeyhole20Regular /> },
    ],
  },
  {
    header: 'nav.people',
    entries: [
      { id: 'user', label: 'nav.user', icon: <Person20Regular /> },
      { id: 'session', label: 'nav.session', icon: <DesktopSignal20Regular /> },
    ],
  },
  { header: 'nav.rules', entries: [{ id: 'era', label: 'nav.docsAsOf', icon: <History20Regular /> }] },
];

export function NavPane() {
  const { t } = useTranslation();
  const styles = useNavStyles();
  const rail = useRailStyles();
  const screen = useUiStore((state) => state.screen);
  const showScreen = useUiStore((state) => state.showScreen);
  const open = useUiStore((state) => state.navOpen);
  return (
    <nav
      id="app-navigation"
      className={mergeClasses(styles.nav, !open && rail.rail)}
      aria-label={t('nav.screens')}
      data-testid="nav"
      data-open={open}
    >
      {SECTIONS.map((section, index) => (
        <div key={section.header ?? index} role="group" aria-label={section.header && t(section.header)}>
          {section.header &&
            (open ? (
              <div className={styles.header}>{t(section.header)}</div>
            ) : (
              <div className={rail.railHeader} aria-hidden="true" />
            ))}
          <ul className={styles.list}>
            {section.entries.map((entry) => {
              const label = t(entry.label);
              const button = (
                <button
                  type="button"
                  className={mergeClasses(styles.item, screen === entry.id && styles.selected, !open && rail.railItem)}
                  aria-current={screen === entry.id ? 'page' : undefined}
                  aria-label={open ? undefined : label}
                  // A native hover hint: a Fluent tooltip would stay on focus after a click and cover the page.
                  title={open ? undefined : label}
                  onClick={() => showScreen(entry.id)}
                  data-testid={`nav-${entry.id}`}
                >
                  <span className={styles.icon}>{entry.icon}</span>
                  {open && label}
                </button>
              );
              return <li key={entry.id}>{button}</li>;
            })}
          </ul>
        </div>
      ))}
    </nav>
  );
}
