// The simulated Windows device: the lock and sign-in screens and everything after Reset password / I forgot my PIN,
// drawn live from the verdict. Uncontrolled (the admin pane: the user clicks through) or controlled by the trainer
// (`flow` + `step`, with `onNavigate` for clicks on the device).
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { Scenario, Verdict } from '../../../simulator/index';
import { useScreenText, type Language } from '../../i18n/index';
import { DeviceStrip } from './DeviceStrip';
import { NotesTargetContext } from './DeviceNotes';
import { buildFlow, indexOfStep, verdictForFlow, type DeviceStep, type FlowKind, type StepKind } from './flow';
import type { Look, ScreenContext } from './screens/common';
import { StepView } from './StepView';
import { PORTAL_CSS } from './styles/portal-css';
import { SCREEN_CSS } from './styles/screen-css';
import { useStyles } from './styles/inject';
import { fitRegion, zoomRegion, ZOOM_ASPECT, type PreviewZoom } from './zoom';

export type { DeviceStep, FlowKind, StepKind } from './flow';
export type { PreviewZoom } from './zoom';

export interface SimulatedDeviceProps {
  scenario: Scenario;
  verdict: Verdict;
  look: Look;
  language: Language;
  /** Called whenever the step on screen changes (also after a scenario change moved it). */
  onStepChange?(step: DeviceStep): void;
  /** Controlled mode: the flow and step to draw. */
  flow?: FlowKind;
  step?: StepKind;
  /** Controlled mode: the user clicked something on the device that leads to `step`. */
  onNavigate?(step: DeviceStep): void;
  /** Where an uncontrolled device starts (default: the sign-in screen, where the link is). */
  initialStep?: 'lock' | 'signIn';
  /** The strip outside the Windows chrome with badges and "Start over" (default on). */
  showStrip?: boolean;
  /** Fixed clock (exports, screenshots). */
  now?: Date;
  /** Focus the device on mount (trainer mode). */
  autoFocus?: boolean;
  /** Id of the 1280×720 screen element, for PNG export. */
  screenId?: string;
  /** Fill the parent's height (trainer mode) instead of sizing by the 16:9 aspect ratio. */
  fill?: boolean;
  /** 'signInBox' draws the part of the screen where the user acts, larger (the admin pane); default the whole screen. */
  zoom?: PreviewZoom;
}

/** The size of the box the screen is fitted into, measured on every resize. */
function useBoxSize(): [RefObject<HTMLDivElement | null>, { width: number; height: number }] {
  const ref = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState({ width: 640, height: 360 });
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      const { width, height } = element.getBoundingClientRect();
      if (width > 0 && height > 0)
        setSize((old) => (old.width === width && old.height === height ? old : { width, height }));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, size];
}

export function SimulatedDevice(props: SimulatedDeviceProps) {
  useStyles('sd-screen', SCREEN_CSS);
  useStyles('sd-portal', PORTAL_CSS);
  const { scenario, look, language } = props;
  const t = useScreenText(language, scenario.stringOverrides);
  const controlled = props.step !== undefined;
  const [local, setLocal] = useState<{ flow: FlowKind; kind: StepKind }>({
    flow: 'password',
    kind: props.initialStep ?? 'signIn',
  });
  const flow = controlled ? (props.flow ?? 'password') : local.flow;
  const verdict = useMemo(() => verdictForFlow(flow, scenario, props.verdict), [flow, scenario, props.verdict]);
  const requested = controlled ? (props.step as StepKind) : local.kind;
  const steps = useMemo(() => buildFlow(flow, verdict, scenario), [flow, verdict, scenario]);
  const index = indexOfStep(steps, requested);
  const step = steps[index];
  const [fitRef, box] = useBoxSize();
  const [notesTarget, setNotesTarget] = useState<HTMLDivElement | null>(null);
  const zoom = props.fill ? 'screen' : (props.zoom ?? 'screen');
  const region = zoomRegion(zoom, step.kind);
  const fit = fitRegion(region, box);

  const ctx: ScreenContext = useMemo(
    () => ({ t, look, legacy: verdict.legacy, scenario }),
    [t, look, verdict.legacy, scenario],
  );

  const { onNavigate, onStepChange } = props;
  const go = useCallback(
    (kind: StepKind, nextFlow?: FlowKind) => {
      const targetFlow = nextFlow ?? flow;
      const targetSteps =
        targetFlow === flow
          ? steps
          : buildFlow(targetFlow, verdictForFlow(targetFlow, scenario, props.verdict), scenario);
      const target = targetSteps[indexOfStep(targetSteps, kind)];
      if (controlled) onNavigate?.(target);
      else setLocal({ flow: targetFlow, kind: target.kind });
    },
    [controlled, flow, steps, scenario, props.verdict, onNavigate],
  );
  const next = useCallback(() => {
    const following = steps[index + 1];
    if (following) go(following.kind);
  }, [steps, index, go]);
  const restart = useCallback(() => go(steps[0].kind, flow), [go, steps, flow]);

  // Report a step once per change of what is on screen (not on every re-render with an equal step).
  const stepKey = `${step.flow}:${step.kind}:${step.rules.join(',')}`;
  const latest = useRef({ step, onStepChange });
  latest.current = { step, onStepChange };
  useEffect(() => {
    latest.current.onStepChange?.(latest.current.step);
  }, [stepKey]);

  const lookClass = verdict.legacy ? 'sd-legacy sd-w10' : look === 'windows10' ? 'sd-w10' : 'sd-w11';
  return (
    <div
      className={props.fill ? 'sd-root sd-fill' : 'sd-root'}
      data-testid="simulated-device"
      data-step={step.kind}
      data-flow={step.flow}
      data-look={look}
      data-zoom={zoom}
      lang={language}
    >
      <div className="sd-frame">
        <div
          className="sd-stage"
          ref={fitRef}
          style={zoom === 'signInBox' ? { aspectRatio: `${ZOOM_ASPECT}` } : undefined}
          data-scale={fit.scale.toFixed(3)}
        >
          <div className="sd-fit">
            <div
              id={props.screenId}
              className={`sd-screen ${lookClass}`}
              role="region"
              aria-label={`${t('device.label')}: ${t(`step.${step.kind}`, { code: verdict.errorCode ?? '' })}`}
              style={{
                position: 'absolute',
                left: 0,
                top: 0,
                transformOrigin: '0 0',
                transform: `translate(${fit.x}px, ${fit.y}px) scale(${fit.scale})`,
              }}
            >
              <NotesTargetContext.Provider value={notesTarget}>
                <StepView
                  ctx={ctx}
                  verdict={verdict}
                  step={step}
                  language={language}
                  autoAdvance={!controlled}
                  autoFocus={Boolean(props.autoFocus)}
                  now={props.now}
                  go={go}
                  next={next}
                />
              </NotesTargetContext.Provider>
            </div>
          </div>
        </div>
        <div
          className="sd-notes"
          ref={setNotesTarget}
          role="note"
          aria-label={t('annotation.label')}
          aria-live="polite"
          data-testid="device-notes"
        />
        {props.showStrip !== false && (
          <DeviceStrip
            t={t}
            verdict={verdict}
            step={step}
            onRestart={restart}
            onLock={() => go(verdict.legacy ? 'chooseUser' : 'lock')}
          />
        )}
      </div>
    </div>
  );
}
