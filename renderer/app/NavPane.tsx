// Left navigation, grouped the way the Entra / Intune admin centers group their menus.
import { NavDrawer, NavDrawerBody, NavItem, NavSectionHeader, makeStyles, tokens } from '@fluentui/react-components';
import { DesktopSignal20Regular } from '@fluentui/react-icons/svg/desktop-signal';
import { History20Regular } from '@fluentui/react-icons/svg/history';
import { Home20Regular } from '@fluentui/react-icons/svg/home';
import { KeyReset20Regular } from '@fluentui/react-icons/svg/key-reset';
import { Person20Regular } from '@fluentui/react-icons/svg/person';
import { PhoneLaptop20Regular } from '@fluentui/react-icons/svg/phone-laptop';
import { ShieldKeyhole20Regular } from '@fluentui/react-icons/svg/shield-keyhole';
import type { ReactElement } from 'react';
import { useUiStore, type ScreenId } from '../store/ui-store';

const useStyles = makeStyles({
  drawer: { height: '100%', borderRight: `1px solid ${tokens.colorNeutralStroke2}`, width: '232px', minWidth: '232px' },
});

interface NavEntry {
  id: ScreenId;
  label: string;
  icon: ReactElement;
}

const SECTIONS: { header?: string; entries: NavEntry[] }[] = [
  { entries: [{ id: 'start', label: 'Start', icon: <Home20Regular /> }] },
  { header: 'Tenant', entries: [{ id: 'tenant', label: 'Password reset', icon: <KeyReset20Regular /> }] },
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
  const styles = useStyles();
  const screen = useUiStore((state) => state.screen);
  const showScreen = useUiStore((state) => state.showScreen);
  return (
    <NavDrawer
      className={styles.drawer}
      type="inline"
      open
      selectedValue={screen}
      onNavItemSelect={(_, data) => showScreen(data.value as ScreenId)}
      aria-label="Screens"
    >
      <NavDrawerBody>
        {SECTIONS.map((section) => [
          section.header ? <NavSectionHeader key={`h-${section.header}`}>{section.header}</NavSectionHeader> : null,
          ...section.entries.map((entry) => (
            <NavItem key={entry.id} value={entry.id} icon={entry.icon} data-testid={`nav-${entry.id}`}>
              {entry.label}
            </NavItem>
          )),
        ])}
      </NavDrawerBody>
    </NavDrawer>
  );
}
