// Trainer mode: only the simulated device fills the window, with a hideable presenter bar. Plays the current
// scenario's flow step by step, the built-in ten-minute demo, or a recorded script; exports PNGs and a handout.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Button, FluentProvider, makeStyles, webDarkTheme } from '@fluentui/react-components';
import { evaluate, type Scenario } from '../../../simulator/index';
import { setAppLanguage, useScreenText, type Language } from '../../i18n/index';
import { downloadText, pickTextFile } from '../../platform/browser-download';
import { selectLook, useAppStore } from '../../store/app-store';
import { useVerdict } from '../../store/verdict';
import { buildFlow, indexOfStep, verdictForFlow, type DeviceStep, type FlowKind } from '../device/flow';
import { SimulatedDevice } from '../device/SimulatedDevice';
import { speakerNotes } from './notes';
import { PresenterBar } from './PresenterBar';
import { problemLine } from '../../ui/problem-text';
import { buildDemoScript, parseScript, serializeScript, slidesFor, type Slide, type TrainerScript } from './script';
import { StringEditor } from './StringEditor';
import { useSlideExport } from './useSlideExport';
import { useTrainerKeys } from './useTrainerKeys';

export const TRAINER_SCREEN_ID = 'trainer-screen';

const useStyles = makeStyles({
  root: {
    position: 'fixed',
    inset: 0,
    zIndex: 1000,
    display: 'flex',
    flexDirection: 'column',
    backgroundColor: '#000',
    outline: 'none',
  },
  stage: { position: 'relative', flex: 1, minHeight: 0 },
  show: {
    position: 'absolute',
    right: '12px',
    bottom: '12px',
    opacity: 0.55,
    ':hover': { opacity: 1 },
    ':focus-visible': { opacity: 1 },
  },
});

export function TrainerMode() {
  const styles = useStyles();
  const scenario = useAppStore((state) => state.scenario);
  const options = useAppStore((state) => state.options);
  const look = useAppStore(selectLook);
  const language = useAppStore((state) => state.language);
  const setLanguage = useAppStore((state) => state.setLanguage);
  const loadScenario = useAppStore((state) => state.loadScenario);
  const setScenario = useAppStore((state) => state.setScenario);
  const setTrainerMode = useAppStore((state) => state.setTrainerMode);
  const storeVerdict = useVerdict();

  const [script, setScript] = useState<TrainerScript | null>(null);
  const [flow, setFlow] = useState<FlowKind>(scenario.session.credentialProvider === 'pin' ? 'pin' : 'password');
  const [position, setPosition] = useState(0);
  const [barVisible, setBarVisible] = useState(true);
  const [recording, setRecording] = useState<Slide[] | null>(null);
  const [recorded, setRecorded] = useState<TrainerScript | null>(null);
  const [editingStrings, setEditingStrings] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);

  const freeSlides = useMemo(
    () => slidesFor(scenario, options, flow, storeVerdict),
    [scenario, options, flow, storeVerdict],
  );
  const slides = script ? script.slides : freeSlides;
  const index = Math.min(Math.max(position, 0), slides.length - 1);
  const slide = slides[index];
  const slideVerdict = useMemo(
    () => verdictForFlow(slide.flow, slide.scenario, script ? evaluate(slide.scenario, slide.options) : storeVerdict),
    [script, slide, storeVerdict],
  );
  // The trainer's current overrides apply on top of the slide's own (a recorded slide carries its overrides).
  const shownScenario: Scenario = useMemo(
    () =>
      script
        ? { ...slide.scenario, stringOverrides: { ...slide.scenario.stringOverrides, ...scenario.stringOverrides } }
        : scenario,
    [script, slide, scenario],
  );
  const steps = useMemo(() => buildFlow(slide.flow, slideVerdict, slide.scenario), [slide, slideVerdict]);
  const step = steps[indexOfStep(steps, slide.step)];
  const t = useScreenText(language, shownScenario.stringOverrides);
  const notes = useMemo(
    () => speakerNotes({ ...slide, scenario: shownScenario }, step, slideVerdict, language, t),
    [slide, shownScenario, step, slideVerdict, language, t],
  );

  useEffect(() => rootRef.current?.focus({ preventScroll: true }), []);
  useEffect(() => setAppLanguage(language), [language]);

  const exporter = useSlideExport({
    slides,
    t,
    language,
    overrides: scenario.stringOverrides,
    position: index,
    setPosition,
    setStatus,
    screenId: TRAINER_SCREEN_ID,
  });

  const next = useCallback(() => setPosition((current) => Math.min(current + 1, slides.length - 1)), [slides.length]);
  const back = useCallback(() => setPosition((current) => Math.max(current - 1, 0)), []);
  const exit = useCallback(() => setTrainerMode(false), [setTrainerMode]);
  const keyHandlers = useMemo(
    () => ({ next, back, exit, toggleBar: () => setBarVisible((shown) => !shown) }),
    [next, back, exit],
  );
  useTrainerKeys(keyHandlers, !editingStrings && !exporter.busy);

  /** A click on the simulated device: follow it when it leads to a slide of this scenario. */
  const navigate = useCallback(
    (target: DeviceStep) => {
      if (!script) {
        if (target.flow !== flow) setFlow(target.flow);
        const targetSlides =
          target.flow === flow ? freeSlides : slidesFor(scenario, options, target.flow, storeVerdict);
        setPosition(
          Math.max(
            0,
            targetSlides.findIndex((candidate) => candidate.step === target.kind),
          ),
        );
        return;
      }
      const found = slides.findIndex(
        (candidate, i) => i > index && candidate.scenario === slide.scenario && candidate.step === target.kind,
      );
      const earlier = slides.findIndex(
        (candidate) => candidate.scenario === slide.scenario && candidate.step === target.kind,
      );
      if (found >= 0) setPosition(found);
      else if (earlier >= 0) setPosition(earlier);
    },
    [script, flow, freeSlides, scenario, options, storeVerdict, slides, index, slide],
  );

  const sceneTitle = slide.titleKey
    ? t(slide.titleKey)
    : (slide.title ?? (script ? t('trainer.recordedScript') : t('trainer.freePlay')));
  const stepTitle = t(`step.${step.kind}`, { code: slideVerdict.errorCode ?? '' });

  const startScript = (next: TrainerScript | null) => {
    setScript(next);
    setPosition(0);
    setStatus(null);
  };

  const save = () => {
    const toSave = recorded ??
      script ?? { kind: 'recorded' as const, title: t('trainer.recordedScript'), slides: freeSlides };
    downloadText(serializeScript(toSave), 'trainer-script.json', 'application/json');
  };

  const load = async () => {
    const file = await pickTextFile('.json,application/json');
    if (!file) return;
    const result = parseScript(file.text);
    if (result.ok) startScript(result.script);
    else setStatus(t('trainer.loadFailed', { problem: problemLine({ t, language }, result.detail) }));
  };

  const changeLanguage = (next: Language) => {
    setLanguage(next);
    setAppLanguage(next);
  };

  const changeOverride = (key: string, value: string | null) => {
    const overrides = { ...scenario.stringOverrides };
    if (value === null) delete overrides[key];
    else overrides[key] = value;
    setScenario({ ...scenario, stringOverrides: overrides }, `Screen text ${key}`);
  };

  return (
    <div ref={rootRef} className={styles.root} tabIndex={-1} data-testid="trainer-mode" lang={language}>
      <div className={styles.stage}>
        <SimulatedDevice
          scenario={shownScenario}
          verdict={slideVerdict}
          look={look}
          language={language}
          flow={slide.flow}
          step={slide.step}
          onNavigate={navigate}
          showStrip={false}
          fill
          screenId={TRAINER_SCREEN_ID}
        />
      </div>
      <FluentProvider theme={webDarkTheme}>
        {barVisible ? (
          <PresenterBar
            t={t}
            position={index}
            total={slides.length}
            sceneTitle={
              script?.kind === 'demo'
                ? t('trainer.scene', {
                    current: sceneNumber(slides, index),
                    total: sceneNumber(slides, slides.length - 1),
                    title: sceneTitle,
                  })
                : sceneTitle
            }
            stepTitle={stepTitle}
            notes={notes}
            language={language}
            scripted={script !== null}
            flow={flow}
            recordingCount={recording ? recording.length : null}
            status={status}
            busy={exporter.busy}
            progress={exporter.progress}
            onBack={back}
            onNext={next}
            onFlow={(nextFlow) => {
              setFlow(nextFlow);
              setPosition(0);
            }}
            onLanguage={changeLanguage}
            onDemo={() => startScript(buildDemoScript())}
            onStopScript={() => startScript(null)}
            onRecord={() => {
              setRecording([]);
              setRecorded(null);
            }}
            onAddStep={() =>
              setRecording((list) => [
                ...(list ?? []),
                { ...slide, scenario: shownScenario, step: step.kind, title: sceneTitle },
              ])
            }
            onStopRecording={() => {
              if (recording && recording.length > 0) {
                const made: TrainerScript = { kind: 'recorded', title: t('trainer.recordedScript'), slides: recording };
                setRecorded(made);
                startScript(made);
              }
              setRecording(null);
            }}
            onSave={save}
            onLoad={() => void load()}
            onExportPng={() => void exporter.exportPngs()}
            onExportHandout={() => void exporter.exportHandout()}
            onStrings={() => setEditingStrings(true)}
            onEditScene={() => {
              loadScenario(slide.scenario, { dirty: true });
              exit();
            }}
            onHide={() => setBarVisible(false)}
            onExit={exit}
          />
        ) : (
          <Button
            className={styles.show}
            size="small"
            onClick={() => setBarVisible(true)}
            data-testid="trainer-show-bar"
          >
            {t('trainer.showBar')}
          </Button>
        )}
        {editingStrings && (
          <StringEditor
            t={t}
            language={language}
            overrides={scenario.stringOverrides}
            onChange={changeOverride}
            onClose={() => setEditingStrings(false)}
          />
        )}
      </FluentProvider>
    </div>
  );
}

/** 1-based scene number of a slide in a script (a scene is a run of slides sharing one scenario). */
function sceneNumber(slides: readonly Slide[], index: number): number {
  let scene = 1;
  for (let i = 1; i <= index; i += 1) if (slides[i].scenario !== slides[i - 1].scenario) scene += 1;
  return scene;
}
