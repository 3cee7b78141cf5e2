// Left navigation, grouped the way the Entra / Intune admin centers group their menus.
import type { ReactElement } from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { DesktopSignal20Regular } from '@fluentui/react-icons/svg/desktop-signal';
import { History20Regular } from '@fluentui/react-icons/svg/history';
import { Home20Regular } from '@fluentui/react-icons/svg/home';
import { KeyReset20Regular } from '@fluentui/react-icons/svg/key-reset';
import { Person20Regular } from '@fluentui/react-icons/svg/person';
import { PlugConnected20Regular } from '@fluentui/react-icons/svg/plug-connected';
import { PhoneLaptop20Regular } from '@fluentui/react-icons/svg/phone-laptop';
import { ShieldKeyhole20Regular } from '@fluentui/react-icons/svg/shield-keyhole';
import { useUiStore, type ScreenId } from '../store/ui-store';

export const useNavStyles = makeStyles({
  nav: {
    width: '224px',
    minWidth: '224px',
    height: '100%',
    overflowY: 'auto',
    boxSizing: 'border-box',
    paddingBlock: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalXS,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  list: { listStyle: 'none', margin: 0, padding: 0 },
  header: {
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground3,
    paddingInline: tokens.spacingHorizontalM,
    paddingTop: tokens.spacingVerticalM,
    paddingBottom: tokens.spacingVerticalXXS,
  },
  item: {
    position: 'relative',
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    width: '100%',
    minHeight: '36px',
    paddingInline: tokens.spacingHorizontalM,
    border: 'none',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: 'transparent',
    color: tokens.colorNeutralForeground2,
    fontFamily: 'inherit',
    fontSize: tokens.fontSizeBase300,
    textAlign: 'start',
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover, color: tokens.colorNeutralForeground2Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  selected: {
    backgroundColor: tokens.colorSubtleBackgroundSelected,
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    '::before': {
      content: '""',
      position: 'absolute',
      left: 0,
      top: '8px',
      bottom: '8px',
      width: '3px',
      borderRadius: '2px',
      backgroundColor: tokens.colorCompoundBrandStroke,
    },
  },
  icon: { display: 'flex', color: 'inherit' },
});

interface NavEntry {
  id: ScreenId;
  label: string;
  icon: ReactElement;
}

const SECTIONS: { header?: string; entries: NavEntry[] }[] = [
  { entries: [{ id: 'start', label: 'Start', icon: <Home20Regular /> }] },
  {
    header: 'Tenant',
    entries: [
      { id: 'tenant', label: 'Password reset', icon: <KeyReset20Regular /> },
      { id: 'connect', label: 'Tenant connection', icon: <PlugConnected20Regular /> },
    ],
  },
  {
    header: 'Device',
    entries: [
      { id: 'device', label: 'Device', icon: <PhoneLaptop20Regular /> },
      { id: 'intune', label: 'Intune profile', icon: <ShieldKeyhole20Regular /> },
    ],
  },
  {
    header: 'People',
    entries: [
      { id: 'user', label: 'User', icon: <Person20Regular /> },
      { id: 'session', label: 'Session', icon: <DesktopSignal20Regular /> },
    ],
  },
  { header: 'Rules', entries: [{ id: 'era', label: 'Docs as of', icon: <History20Regular /> }] },
];

export function NavPane() {
  const styles = useNavStyles();
  const screen = useUiStore((state) => state.screen);
  const showScreen = useUiStore((state) => state.showScreen);
  return (
    <nav className={styles.nav} aria-label="Screens">
      {SECTIONS.map((section, index) => (
        <div key={section.header ?? index} role="group" aria-label={section.header}>
          {section.header && <div className={styles.header}>{section.header}</div>}
          <ul className={styles.list}>
            {section.entries.map((entry) => (
              <li key={entry.id}>
                <button
                  type="button"
                  className={mergeClasses(styles.item, screen === entry.id && styles.selected)}
                  aria-current={screen === entry.id ? 'page' : undefined}
                  onClick={() => showScreen(entry.id)}
                  data-testid={`nav-${entry.id}`}
                >
                  <span className={styles.icon}>{entry.icon}</span>
                  {entry.label}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </nav>
  );
}
