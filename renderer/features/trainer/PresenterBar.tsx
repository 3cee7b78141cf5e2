// The presenter bar at the bottom of trainer mode: step back / forward, the scene and rule being demonstrated, the
// speaker notes, and the script, recording, export, language and screen-text controls.
import { useEffect, useState } from 'react';
import { Button, ProgressBar, Select, ToggleButton, makeStyles, tokens } from '@fluentui/react-components';
import {
  ArrowLeft20Regular,
  ArrowRight20Regular,
  ArrowDownload20Regular,
  DocumentText20Regular,
  EyeOff20Regular,
  FolderOpen20Regular,
  Image20Regular,
  Play20Regular,
  Record20Regular,
  Save20Regular,
  Stop20Regular,
  TextEditStyle20Regular,
  Add20Regular,
  Dismiss20Regular,
  Edit20Regular,
} from '@fluentui/react-icons';
import { LANGUAGES, LANGUAGE_NAMES, type Language, type ScreenText } from '../../i18n/index';
import type { FlowKind } from '../device/flow';
import type { SpeakerNotes } from './notes';

const useStyles = makeStyles({
  bar: {
    // The bar never changes height from step to step, so the simulated screen above it keeps its size.
    position: 'relative',
    flex: 'none',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    color: tokens.colorNeutralForeground1,
  },
  row: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    flexWrap: 'nowrap',
    minWidth: 0,
    overflowX: 'auto',
    scrollbarWidth: 'thin',
  },
  /** Compact bar: the tools open above the bar, over the screen's edge, instead of taking a second row. */
  toolsPopup: {
    position: 'absolute',
    left: 0,
    right: 0,
    bottom: '100%',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    boxShadow: tokens.shadow16,
    flexWrap: 'wrap',
  },
  counter: { minWidth: '110px', textAlign: 'center', fontVariantNumeric: 'tabular-nums' },
  scene: {
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase400,
    minWidth: 0,
    flexShrink: 1,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  },
  spacer: { flex: 1 },
  notes: {
    display: 'grid',
    gridTemplateColumns: 'minmax(220px, 1fr) 2fr',
    gap: tokens.spacingHorizontalXL,
    fontSize: tokens.fontSizeBase300,
    height: 'clamp(64px, 14vh, 120px)',
    overflowY: 'auto',
  },
  notesCompact: { height: '56px', gridTemplateColumns: 'minmax(180px, 1fr) 2fr' },
  heading: {
    fontSize: tokens.fontSizeBase200,
    textTransform: 'uppercase',
    letterSpacing: '0.06em',
    color: tokens.colorNeutralForeground3,
    marginBottom: '2px',
  },
  rule: { margin: 0 },
  ruleId: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorBrandForeground1, marginRight: '6px' },
  line: { margin: '0 0 2px' },
  flag: { margin: '2px 0 0', color: tokens.colorPaletteYellowForeground2 },
  status: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, whiteSpace: 'nowrap' },
  progress: { width: '120px', flexShrink: 0 },
  noWrap: { whiteSpace: 'nowrap', flexShrink: 0 },
});

export interface PresenterBarProps {
  t: ScreenText;
  position: number;
  total: number;
  sceneTitle: string;
  stepTitle: string;
  notes: SpeakerNotes;
  language: Language;
  scripted: boolean;
  flow: FlowKind;
  recordingCount: number | null;
  status: string | null;
  busy: boolean;
  /** 0…1 while an export runs. */
  progress: number | null;
  onBack(): void;
  onNext(): void;
  onFlow(flow: FlowKind): void;
  onLanguage(language: Language): void;
  onDemo(): void;
  onStopScript(): void;
  onRecord(): void;
  onAddStep(): void;
  onStopRecording(): void;
  onSave(): void;
  onLoad(): void;
  onExportPng(): void;
  onExportHandout(): void;
  onStrings(): void;
  onEditScene(): void;
  onHide(): void;
  onExit(): void;
}

/** Small windows (1024×700, a projector at 1280×720): the bar keeps to one row and the notes to a few lines. */
function useCompact(): boolean {
  const query = '(max-height: 760px), (max-width: 1100px)';
  const [compact, setCompact] = useState(() => typeof matchMedia === 'function' && matchMedia(query).matches);
  useEffect(() => {
    if (typeof matchMedia !== 'function') return;
    const list = matchMedia(query);
    const update = () => setCompact(list.matches);
    list.addEventListener('change', update);
    return () => list.removeEventListener('change', update);
  }, []);
  return compact;
}

export function PresenterBar(props: PresenterBarProps) {
  const styles = useStyles();
  const { t, notes } = props;
  const compact = useCompact();
  const [toolsOpen, setToolsOpen] = useState(false);
  const tools = (className: string) => (
    <div className={className} data-testid="trainer-tools">
      {props.scripted ? (
        <>
          <Button size="small" icon={<Stop20Regular />} onClick={props.onStopScript} disabled={props.busy}>
            {t('trainer.stopScript')}
          </Button>
          <Button size="small" icon={<Edit20Regular />} onClick={props.onEditScene} disabled={props.busy}>
            {t('trainer.editScene')}
          </Button>
        </>
      ) : (
        <Button
          size="small"
          appearance="primary"
          icon={<Play20Regular />}
          onClick={props.onDemo}
          disabled={props.busy}
          data-testid="trainer-demo"
        >
          {t('trainer.demo')}
        </Button>
      )}
      {props.recordingCount === null ? (
        <Button
          size="small"
          icon={<Record20Regular />}
          onClick={props.onRecord}
          disabled={props.busy}
          data-testid="trainer-record"
        >
          {t('trainer.record')}
        </Button>
      ) : (
        <>
          <Button size="small" icon={<Add20Regular />} onClick={props.onAddStep} data-testid="trainer-add-step">
            {t('trainer.addStep')}
          </Button>
          <span className={styles.status}>{t('trainer.recorded', { count: props.recordingCount })}</span>
          <Button
            size="small"
            icon={<Stop20Regular />}
            onClick={props.onStopRecording}
            data-testid="trainer-stop-recording"
          >
            {t('trainer.stopRecording')}
          </Button>
        </>
      )}
      <Button
        size="small"
        icon={<Save20Regular />}
        onClick={props.onSave}
        disabled={props.busy}
        data-testid="trainer-save"
      >
        {t('trainer.saveScript')}
      </Button>
      <Button
        size="small"
        icon={<FolderOpen20Regular />}
        onClick={props.onLoad}
        disabled={props.busy}
        data-testid="trainer-load"
      >
        {t('trainer.loadScript')}
      </Button>
      <Button
        size="small"
        icon={<Image20Regular />}
        onClick={props.onExportPng}
        disabled={props.busy}
        data-testid="trainer-export-png"
      >
        {t('trainer.exportPng')}
      </Button>
      <Button
        size="small"
        icon={<DocumentText20Regular />}
        onClick={props.onExportHandout}
        disabled={props.busy}
        data-testid="trainer-export-handout"
      >
        {t('trainer.exportHandout')}
      </Button>
      <Button
        size="small"
        icon={<TextEditStyle20Regular />}
        onClick={props.onStrings}
        disabled={props.busy}
        data-testid="trainer-strings"
      >
        {t('trainer.strings')}
      </Button>
      <span className={styles.spacer} />
      <span className={styles.status}>{t('trainer.keys')}</span>
    </div>
  );
  return (
    <section className={styles.bar} aria-label={t('trainer.title')} data-testid="presenter-bar">
      <div className={styles.row}>
        <Button
          icon={<ArrowLeft20Regular />}
          onClick={props.onBack}
          disabled={props.position === 0 || props.busy}
          aria-label={t('trainer.back')}
          title={t('trainer.back')}
          data-testid="trainer-back"
        />
        <span className={styles.counter} aria-live="polite" data-testid="trainer-counter">
          {t('trainer.stepOf', { current: props.position + 1, total: props.total })}
        </span>
        <Button
          icon={<ArrowRight20Regular />}
          onClick={props.onNext}
          disabled={props.position >= props.total - 1 || props.busy}
          aria-label={t('trainer.next')}
          title={t('trainer.next')}
          data-testid="trainer-next"
        />
        {/* A small window keeps the step's name; the scene's stays in the tooltip. */}
        <span className={styles.scene} data-testid="trainer-scene" title={`${props.sceneTitle} · ${props.stepTitle}`}>
          {compact ? props.stepTitle : `${props.sceneTitle} · ${props.stepTitle}`}
        </span>
        <span className={styles.spacer} />
        {props.progress !== null && (
          <ProgressBar className={styles.progress} value={props.progress} thickness="large" aria-hidden="true" />
        )}
        {props.status && (
          <span className={styles.status} role="status" data-testid="trainer-export-status">
            <ArrowDownload20Regular style={{ verticalAlign: 'middle' }} /> {props.status}
          </span>
        )}
        {compact && (
          <ToggleButton
            checked={toolsOpen}
            onClick={() => setToolsOpen((open) => !open)}
            aria-expanded={toolsOpen}
            data-testid="trainer-tools-toggle"
          >
            {t('trainerRule.tools')}
          </ToggleButton>
        )}
        {!props.scripted && (
          <Select
            value={props.flow}
            onChange={(_, data) => props.onFlow(data.value as FlowKind)}
            aria-label={t('device.flowPassword')}
            data-testid="trainer-flow"
          >
            <option value="password">{t('trainer.flowPassword')}</option>
            <option value="pin">{t('trainer.flowPin')}</option>
          </Select>
        )}
        <Select
          value={props.language}
          onChange={(_, data) => props.onLanguage(data.value as Language)}
          aria-label={t('trainer.language')}
          data-testid="trainer-language"
        >
          {LANGUAGES.map((language) => (
            <option key={language} value={language}>
              {LANGUAGE_NAMES[language]}
            </option>
          ))}
        </Select>
        <Button
          icon={<EyeOff20Regular />}
          onClick={props.onHide}
          aria-label={t('trainer.hideBar')}
          title={t('trainer.hideBar')}
        />
        <Button icon={<Dismiss20Regular />} onClick={props.onExit} className={styles.noWrap} data-testid="trainer-exit">
          {t('trainer.exit')}
        </Button>
      </div>
      {!compact && tools(styles.row)}
      {compact && toolsOpen && tools(`${styles.row} ${styles.toolsPopup}`)}
      <div
        className={compact ? `${styles.notes} ${styles.notesCompact}` : styles.notes}
        data-testid="trainer-notes-area"
      >
        <div data-testid="trainer-rule">
          <div className={styles.heading}>{t('trainer.rule')}</div>
          {/* The truth for the step shown, and for the flow's end when something stops it later. */}
          {notes.rules.length === 0 && (
            <p className={styles.rule}>
              {notes.atFlowEnd.length === 0 ? t('trainer.noRule') : t('trainerRule.thisStep')}
            </p>
          )}
          {notes.rules.map((rule) => (
            <p key={rule.id} className={styles.rule}>
              <span className={styles.ruleId}>{rule.id}</span>
              {rule.message}
            </p>
          ))}
          {notes.atFlowEnd.length > 0 && (
            <div data-testid="trainer-rule-at-end">
              <p className={styles.rule}>{t('trainerRule.atEnd')}</p>
              {notes.atFlowEnd.map((rule) => (
                <p key={rule.id} className={styles.rule}>
                  <span className={styles.ruleId}>{rule.id}</span>
                  {rule.message}
                </p>
              ))}
            </div>
          )}
        </div>
        <div data-testid="trainer-notes">
          <div className={styles.heading}>{t('trainer.notes')}</div>
          {notes.lines.map((line) => (
            <p key={line} className={styles.line}>
              {line}
            </p>
          ))}
          {notes.unverified.length > 0 && (
            <p className={styles.flag} data-testid="trainer-unverified">
              {t('trainer.unverifiedFlag', { list: notes.unverified.join(', ') })}
            </p>
          )}
          {notes.overridden.length > 0 && (
            <p className={styles.flag}>{t('trainer.overrideFlag', { list: notes.overridden.join(', ') })}</p>
          )}
        </div>
      </div>
    </section>
  );
}
