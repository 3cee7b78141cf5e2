// The header bar: product name, file name with a dirty dot, File menu, Undo/Redo and the view switches.
// Always dark, like the Microsoft admin centers, whatever the page theme.
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
import { SlidePlay20Regular } from '@fluentui/react-icons/svg/slide-play';
import { WeatherMoon20Regular } from '@fluentui/react-icons/svg/weather-moon';
import { WeatherSunny20Regular } from '@fluentui/react-icons/svg/weather-sunny';
import { redoLabel, undoLabel, useAppStore, type Language } from '../store/app-store';
import { fileNameOf, runCommand } from './commands';

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    height: '48px',
    paddingInline: tokens.spacingHorizontalM,
    backgroundColor: '#0b1220',
    color: '#ffffff',
    borderBottom: '1px solid #1f2a3d',
  },
  product: {
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase400,
    marginRight: tokens.spacingHorizontalM,
    whiteSpace: 'nowrap',
  },
  file: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, color: '#d6dbe4', minWidth: 0 },
  fileName: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', maxWidth: '280px' },
  scenarioName: {
    color: '#9aa5b8',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    maxWidth: '260px',
  },
  dot: { width: '8px', height: '8px', borderRadius: '50%', backgroundColor: '#f7c948', flexShrink: 0 },
  spacer: { flexGrow: 1 },
  group: { display: 'flex', alignItems: 'center', gap: '2px' },
});

const LANGUAGE_SHORT: Record<Language, string> = { 'en-US': 'EN', 'nl-NL': 'NL' };

/** File name and dirty dot: re-renders only when the file or its saved state changes. */
function FileTitle() {
  const styles = useStyles();
  const filePath = useAppStore((state) => state.filePath);
  const dirty = useAppStore((state) => state.dirty);
  const scenarioName = useAppStore((state) => state.scenario.name);
  const fileName = fileNameOf(filePath) ?? 'Untitled scenario';
  return (
    <div className={styles.file} data-testid="file-name" title={filePath ?? fileName}>
      <Document20Regular />
      <span className={styles.fileName}>{fileName}</span>
      {scenarioName && (
        <span className={styles.scenarioName} data-testid="scenario-name">
          · {scenarioName}
        </span>
      )}
      {dirty && <span className={styles.dot} data-testid="dirty-dot" role="img" aria-label="Unsaved changes" />}
    </div>
  );
}

/** Undo / Redo with the label of the change they act on; the only header part that changes on every edit. */
function UndoRedo() {
  const styles = useStyles();
  const undoText = useAppStore(undoLabel);
  const redoText = useAppStore(redoLabel);
  const { undo, redo } = useAppStore.getState();
  return (
    <div className={styles.group}>
      <Tooltip content={undoText ? `Undo ${undoText} (Ctrl+Z)` : 'Nothing to undo'} relationship="label">
        <Button
          appearance="subtle"
          icon={<ArrowUndo20Regular />}
          disabled={!undoText}
          onClick={undo}
          data-testid="undo"
        />
      </Tooltip>
      <Tooltip content={redoText ? `Redo ${redoText} (Ctrl+Y)` : 'Nothing to redo'} relationship="label">
        <Button
          appearance="subtle"
          icon={<ArrowRedo20Regular />}
          disabled={!redoText}
          onClick={redo}
          data-testid="redo"
        />
      </Tooltip>
    </div>
  );
}
export function Header() {
  const styles = useStyles();
  const look = useAppStore((state) => state.look);
  const theme = useAppStore((state) => state.theme);
  const language = useAppStore((state) => state.language);
  const { setLook, setTheme, setLanguage, setTrainerMode } = useAppStore.getState();

  return (
    <FluentProvider theme={webDarkTheme} style={{ backgroundColor: 'transparent' }}>
      <header className={styles.bar} data-testid="app-header">
        <Text className={styles.product}>SSPR Preview</Text>
        <Menu>
          <MenuTrigger disableButtonEnhancement>
            <Button appearance="subtle" data-testid="menu-file">
              File
            </Button>
          </MenuTrigger>
          <MenuPopover>
            <MenuList>
              <MenuItem onClick={() => runCommand('file.new')}>New</MenuItem>
              <MenuItem onClick={() => runCommand('file.open')} secondaryContent="Ctrl+O" data-testid="menu-open">
                Open…
              </MenuItem>
              <MenuItem onClick={() => runCommand('file.save')} secondaryContent="Ctrl+S" data-testid="menu-save">
                Save
              </MenuItem>
              <MenuItem onClick={() => runCommand('file.saveAs')} secondaryContent="Ctrl+Shift+S">
                Save as…
              </MenuItem>
              <MenuDivider />
              <MenuGroup>
                <MenuGroupHeader>Export</MenuGroupHeader>
                <MenuItem onClick={() => runCommand('export.reg')}>Registry file (.reg)</MenuItem>
                <MenuItem onClick={() => runCommand('export.intuneJson')}>Intune custom profile (Graph JSON)</MenuItem>
                <MenuItem onClick={() => runCommand('export.htmlReport')} data-testid="menu-export-html">
                  Verdict report (HTML)
                </MenuItem>
                <MenuItem onClick={() => runCommand('export.png')}>Sign-in screen (PNG)</MenuItem>
              </MenuGroup>
            </MenuList>
          </MenuPopover>
        </Menu>
        <FileTitle />
        <UndoRedo />
        <div className={styles.spacer} />
        <div className={styles.group} role="group" aria-label="Sign-in screen look">
          <ToggleButton
            size="small"
            appearance="subtle"
            checked={look === 'windows10'}
            onClick={() => setLook('windows10')}
            data-testid="look-windows10"
          >
            Windows 10
          </ToggleButton>
          <ToggleButton
            size="small"
            appearance="subtle"
            checked={look === 'windows11'}
            onClick={() => setLook('windows11')}
            data-testid="look-windows11"
          >
            Windows 11
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
              aria-label="Language of the simulated screen"
              data-testid="language"
            >
              {LANGUAGE_SHORT[language]}
            </Button>
          </MenuTrigger>
          <MenuPopover>
            <MenuList>
              <MenuItemRadio name="language" value="en-US">
                English (United States)
              </MenuItemRadio>
              <MenuItemRadio name="language" value="nl-NL">
                Nederlands
              </MenuItemRadio>
            </MenuList>
          </MenuPopover>
        </Menu>
        <Tooltip content={theme === 'dark' ? 'Light theme' : 'Dark theme'} relationship="label">
          <Button
            appearance="subtle"
            icon={theme === 'dark' ? <WeatherSunny20Regular /> : <WeatherMoon20Regular />}
            onClick={() => setTheme(theme === 'dark' ? 'light' : 'dark')}
            data-testid="theme-toggle"
          />
        </Tooltip>
        <Tooltip content="Trainer mode (F5)" relationship="label">
          <Button
            appearance="subtle"
            icon={<SlidePlay20Regular />}
            onClick={() => setTrainerMode(true)}
            data-testid="trainer-toggle"
          >
            Present
          </Button>
        </Tooltip>
      </header>
    </FluentProvider>
  );
}
