// The header bar: navigation toggle, product name, File and Help menus, file name with a dirty dot, Undo/Redo and
// the view switches. Always dark, like the Microsoft admin centers, whatever the page theme. It never wraps: at
// narrow widths the file name shrinks first and the switches keep their one-line labels.
import {
  Button,
  FluentProvider,
  Menu,
  MenuDivider,
  MenuGroup,
  MenuGroupHeader,
  MenuItem,
  MenuItemRadio,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Text,
  ToggleButton,
  Tooltip,
  makeStyles,
  tokens,
  webDarkTheme,
} from '@fluentui/react-components';
import { ArrowRedo20Regular } from '@fluentui/react-icons/svg/arrow-redo';
import { ArrowUndo20Regular } from '@fluentui/react-icons/svg/arrow-undo';
import { Document20Regular } from '@fluentui/react-icons/svg/document';
import { LocalLanguage20Regular } from '@fluentui/react-icons/svg/local-language';
import { Navigation20Regular } from '@fluentui/react-icons/svg/navigation';
import { QuestionCircle20Regular } from '@fluentui/react-icons/svg/question-circle';
import { SlidePlay20Regular } from '@fluentui/react-icons/svg/slide-play';
import { WeatherMoon20Regular } from '@fluentui/react-icons/svg/weather-moon';
import { WeatherSunny20Regular } from '@fluentui/react-icons/svg/weather-sunny';
import { useTranslation } from 'react-i18next';
import { DEFAULT_SCENARIO } from '../../simulator/index';
import { scenarioDisplayName } from '../features/presets/PresetsGallery';
import { LANGUAGE_NAMES } from '../i18n/languages';
import { redoLabel, selectLook, undoLabel, useAppStore, type Language } from '../store/app-store';
import { useUiStore } from '../store/ui-store';
import { fileNameOf, runCommand } from './commands';

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    flexWrap: 'nowrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    height: '48px',
    paddingInline: tokens.spacingHorizontalS,
    backgroundColor: '#0b1220',
    color: '#ffffff',
    borderBottom: '1px solid #1f2a3d',
    whiteSpace: 'nowrap',
    overflow: 'hidden',
  },
  product: {
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase400,
    marginInline: tokens.spacingHorizontalXS,
    whiteSpace: 'nowrap',
    flexShrink: 0,
  },
  file: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    color: '#d6dbe4',
    minWidth: 0,
    flexShrink: 1,
    overflow: 'hidden',
  },
  fileName: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', maxWidth: '280px' },
  scenarioName: {
    color: '#9aa5b8',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    maxWidth: '260px',
    '@media (max-width: 1279px)': { display: 'none' },
  },
  dot: { width: '8px', height: '8px', borderRadius: '50%', backgroundColor: '#f7c948', flexShrink: 0 },
  spacer: { flexGrow: 1, minWidth: tokens.spacingHorizontalS },
  group: { display: 'flex', alignItems: 'center', gap: '2px', flexShrink: 0 },
  toggle: { whiteSpace: 'nowrap', minWidth: 'auto' },
  // Below 1280 px these buttons keep only their icon (and their name for screen readers), so the bar never wraps.
  wideOnly: { '@media (max-width: 1279px)': { display: 'none' } },
  compact: { '@media (max-width: 1279px)': { minWidth: 'auto', paddingInline: tokens.spacingHorizontalXS } },
});

const LANGUAGE_SHORT: Record<Language, string> = { 'en-US': 'EN', 'nl-NL': 'NL' };

/** File name and dirty dot: re-renders only when the file or its saved state changes. */
function FileTitle() {
  const { t } = useTranslation();
  const styles = useStyles();
  const filePath = useAppStore((state) => state.filePath);
  const dirty = useAppStore((state) => state.dirty);
  const scenarioName = useAppStore((state) => state.scenario.name);
  // The document's name: its file name once saved, else "Untitled scenario"; the scenario's name beside it only when
  // it says something more (never "Plan.json · Plan", nor the new scenario's default name).
  const savedName = fileNameOf(filePath);
  const fileName = savedName ?? t('header.untitled');
  const baseName = savedName?.replace(/\.json$/i, '');
  const showScenario = Boolean(
    scenarioName && (savedName ? scenarioName !== baseName : scenarioName !== DEFAULT_SCENARIO.name),
  );
  return (
    <div className={styles.file} data-testid="file-name" title={filePath ?? fileName}>
      <Document20Regular />
      <span className={styles.fileName}>{fileName}</span>
      {showScenario && (
        <span className={styles.scenarioName} data-testid="scenario-name">
          · {scenarioDisplayName(scenarioName)}
        </span>
      )}
      {dirty && (
        <span className={styles.dot} data-testid="dirty-dot" role="img" aria-label={t('header.unsavedChanges')} />
      )}
    </div>
  );
}

/** Undo / Redo with the label of the change they act on; the only header part that changes on every edit. */
function UndoRedo() {
  const { t } = useTranslation();
  const styles = useStyles();
  const undoText = useAppStore(undoLabel);
  const redoText = useAppStore(redoLabel);
  const { undo, redo } = useAppStore.getState();
  return (
    <div className={styles.group}>
      <Tooltip
        content={undoText ? t('header.undoChange', { change: undoText }) : t('header.nothingToUndo')}
        relationship="label"
      >
        <Button
          appearance="subtle"
          icon={<ArrowUndo20Regular />}
          disabled={!undoText}
          disabledFocusable={!undoText}
          onClick={undo}
          data-testid="undo"
        />
      </Tooltip>
      <Tooltip
        content={redoText ? t('header.redoChange', { change: redoText }) : t('header.nothingToRedo')}
        relationship="label"
      >
        <Button
          appearance="subtle"
          icon={<ArrowRedo20Regular />}
          disabled={!redoText}
          disabledFocusable={!redoText}
          onClick={redo}
          data-testid="redo"
        />
      </Tooltip>
    </div>
  );
}

function FileMenu() {
  const { t } = useTranslation();
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <Button appearance="subtle" data-testid="menu-file">
          {t('header.file')}
        </Button>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          <MenuItem onClick={() => runCommand('file.new')}>{t('header.new')}</MenuItem>
          <MenuItem onClick={() => runCommand('file.open')} secondaryContent="Ctrl+O" data-testid="menu-open">
            {t('header.open')}
          </MenuItem>
          <MenuItem onClick={() => runCommand('file.save')} secondaryContent="Ctrl+S" data-testid="menu-save">
            {t('header.save')}
          </MenuItem>
          <MenuItem
            onClick={() => runCommand('file.saveAs')}
            secondaryContent="Ctrl+Shift+S"
            data-testid="menu-save-as"
          >
            {t('header.saveAs')}
          </MenuItem>
          <MenuDivider />
          <MenuGroup>
            <MenuGroupHeader>{t('header.export')}</MenuGroupHeader>
            <MenuItem onClick={() => runCommand('export.reg')}>{t('header.registryFile')}</MenuItem>
            <MenuItem onClick={() => runCommand('export.intuneJson')}>{t('header.intuneProfileJson')}</MenuItem>
            <MenuItem onClick={() => runCommand('export.htmlReport')} data-testid="menu-export-html">
              {t('header.verdictReport')}
            </MenuItem>
            <MenuItem onClick={() => runCommand('export.png')}>{t('header.signInScreenPng')}</MenuItem>
          </MenuGroup>
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

/** Help › Help, Microsoft's documentation and About: the same in the desktop app and the browser edition. */
function HelpMenu() {
  const { t } = useTranslation();
  const styles = useStyles();
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <Button
          appearance="subtle"
          className={styles.compact}
          icon={<QuestionCircle20Regular />}
          aria-label={t('header.help')}
          data-testid="menu-help"
        >
          <span className={styles.wideOnly}>{t('header.help')}</span>
        </Button>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          <MenuItem onClick={() => useUiStore.getState().setHelpOpen(true)} data-testid="menu-help-guide">
            {t('header.helpGuide')}
          </MenuItem>
          <MenuItem onClick={() => runCommand('help.sources')}>{t('header.helpSources')}</MenuItem>
          <MenuDivider />
          <MenuItem onClick={() => runCommand('help.about')} data-testid="menu-about">
            {t('header.about')}
          </MenuItem>
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

function ViewSwitches() {
  const { t } = useTranslation();
  const styles = useStyles();
  const look = useAppStore(selectLook);
  const lookFollowsDevice = useAppStore((state) => state.lookFollowsDevice);
  const theme = useAppStore((state) => state.theme);
  const language = useAppStore((state) => state.language);
  const { setLook, followDeviceLook, setTheme, setLanguage, setTrainerMode } = useAppStore.getState();
  const themeLabel = theme === 'dark' ? t('header.lightTheme') : t('header.darkTheme');
  return (
    <>
      <div className={styles.group} role="group" aria-label={t('header.signInScreenLook')}>
        {(['windows10', 'windows11'] as const).map((value) => (
          <ToggleButton
            key={value}
            size="small"
            appearance="subtle"
            className={styles.toggle}
            checked={look === value}
            onClick={() => setLook(value)}
            data-testid={`look-${value}`}
          >
            {value === 'windows10' ? 'Windows 10' : 'Windows 11'}
          </ToggleButton>
        ))}
        {/* The look follows the device unless picked above; this shows the override and undoes it. */}
        <ToggleButton
          size="small"
          appearance="subtle"
          className={styles.toggle}
          checked={lookFollowsDevice}
          onClick={followDeviceLook}
          title={lookFollowsDevice ? t('look.followingHint') : t('look.overriddenHint')}
          data-testid="look-follow-device"
        >
          {t('look.followDevice')}
        </ToggleButton>
      </div>
      <Menu
        checkedValues={{ language: [language] }}
        onCheckedValueChange={(_, data) => data.checkedItems[0] && setLanguage(data.checkedItems[0] as Language)}
      >
        <MenuTrigger disableButtonEnhancement>
          <Button
            appearance="subtle"
            size="small"
            icon={<LocalLanguage20Regular />}
            aria-label={t('header.languageButton', { short: LANGUAGE_SHORT[language] })}
            data-testid="language"
          >
            {LANGUAGE_SHORT[language]}
          </Button>
        </MenuTrigger>
        <MenuPopover>
          <MenuList>
            {(Object.keys(LANGUAGE_NAMES) as Language[]).map((value) => (
              <MenuItemRadio key={value} name="language" value={value} lang={value}>
                {LANGUAGE_NAMES[value]}
              </MenuItemRadio>
            ))}
          </MenuList>
        </MenuPopover>
      </Menu>
      <Tooltip content={themeLabel} relationship="label">
        <Button
          appearance="subtle"
          icon={theme === 'dark' ? <WeatherSunny20Regular /> : <WeatherMoon20Regular />}
          onClick={() => setTheme(theme === 'dark' ? 'light' : 'dark')}
          data-testid="theme-toggle"
        />
      </Tooltip>
      <Tooltip content={t('header.trainerModeHint')} relationship="description">
        <Button
          appearance="subtle"
          icon={<SlidePlay20Regular />}
          onClick={() => setTrainerMode(true)}
          className={styles.compact}
          aria-label={t('header.present')}
          data-testid="trainer-toggle"
        >
          <span className={styles.wideOnly}>{t('header.present')}</span>
        </Button>
      </Tooltip>
    </>
  );
}

export function Header() {
  const { t } = useTranslation();
  const styles = useStyles();
  const navOpen = useUiStore((state) => state.navOpen);
  return (
    <FluentProvider theme={webDarkTheme} style={{ backgroundColor: 'transparent' }}>
      <header className={styles.bar} data-testid="app-header">
        <Tooltip content={navOpen ? t('header.collapseNav') : t('header.expandNav')} relationship="label">
          <Button
            appearance="subtle"
            icon={<Navigation20Regular />}
            aria-expanded={navOpen}
            aria-controls="app-navigation"
            onClick={() => useUiStore.getState().setNavOpen(!navOpen)}
            data-testid="nav-toggle"
          />
        </Tooltip>
        <Text className={styles.product}>SSPR Preview</Text>
        <FileMenu />
        <HelpMenu />
        <FileTitle />
        <UndoRedo />
        <div className={styles.spacer} />
        <ViewSwitches />
      </header>
    </FluentProvider>
  );
}
