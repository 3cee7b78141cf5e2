// The right pane's live preview: the simulated sign-in screen, re-rendered on every change. It uses
// features/device/SimulatedDevice when that module is part of the build, else a plain placeholder.
import { Suspense, lazy, type ComponentType } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import { useAppStore } from '../../store/app-store';
import { useVerdict } from '../../store/verdict';
import { PREVIEW_SCREEN_ID } from './capture';
import { PlaceholderDevice, type SimulatedDeviceProps } from './PlaceholderDevice';

type DeviceModule = { SimulatedDevice: ComponentType<SimulatedDeviceProps> };

const deviceModules = import.meta.glob<DeviceModule>('../device/SimulatedDevice.tsx');
const loadDevice = Object.values(deviceModules)[0];

const SimulatedDevice: ComponentType<SimulatedDeviceProps> = loadDevice
  ? lazy(async () => ({ default: (await loadDevice()).SimulatedDevice }))
  : PlaceholderDevice;

const useStyles = makeStyles({
  frame: {
    // The right pane is a scrolling flex column: without this the screen would be squeezed to fit.
    flexShrink: 0,
    borderRadius: tokens.borderRadiusLarge,
    overflow: 'hidden',
    boxShadow: tokens.shadow8,
    backgroundColor: '#000',
  },
});

export function PreviewPane() {
  const styles = useStyles();
  const scenario = useAppStore((state) => state.scenario);
  const look = useAppStore((state) => state.look);
  const language = useAppStore((state) => state.language);
  const verdict = useVerdict();
  return (
    <div
      className={styles.frame}
      data-testid="preview"
      data-capture="preview"
      data-password-link={verdict.passwordLink}
      data-outcome={verdict.outcome}
      data-look={look}
    >
      <Suspense fallback={<PlaceholderDevice scenario={scenario} verdict={verdict} look={look} language={language} />}>
        <SimulatedDevice
          scenario={scenario}
          verdict={verdict}
          look={look}
          language={language}
          screenId={PREVIEW_SCREEN_ID}
        />
      </Suspense>
    </div>
  );
}
