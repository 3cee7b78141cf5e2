// Left navigation, grouped the way the Entra / Intune admin centers group their menus.
import type { ReactElement } from 'react';
import { mergeClasses } from '@fluentui/react-components';
import { DesktopSignal20Regular } from '@fluentui/react-icons/svg/desktop-signal';
import { History20Regular } from '@fluentui/react-icons/svg/history';
import { Home20Regular } from '@fluentui/react-icons/svg/home';
import { KeyReset20Regular } from '@fluentui/react-icons/svg/key-reset';
import { Person20Regular } from '@fluentui/react-icons/svg/person';
import { PlugConnected20Regular } from '@fluentui/react-icons/svg/plug-connected';
import { PhoneLaptop20Regular } from '@fluentui/react-icons/svg/phone-laptop';
import { ShieldKeyhole20Regular } from '@fluentui/react-icons/svg/shield-keyhole';
import { useUiStore, type ScreenId } from '../store/ui-store';
import { useNavStyles } from '../ui/nav-styles';

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
