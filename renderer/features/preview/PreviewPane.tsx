// The right pane's live preview: the simulated sign-in screen, re-rendered on every change. It uses
// features/device/SimulatedDevice when that module is part of the build, else a plain placeholder.
// The "Sign-in box" view (the default) draws the part of the screen where the user acts, large enough to read;
// "Whole screen" shows all of it, as on the device.
import { Suspense, lazy, useState, type ComponentType } from 'react';
import { makeStyles, tokens, ToggleButton } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { selectLook, useAppStore } from '../../store/app-store';
import { useVerdict } from '../../store/verdict';
import type { PreviewZoom } from '../device/zoom';
import { PREVIEW_SCREEN_ID } from './capture';
import { PlaceholderDevice, type SimulatedDeviceProps } from './PlaceholderDevice';

type DeviceModule = { SimulatedDevice: ComponentType<SimulatedDeviceProps & { zoom?: PreviewZoom }> };

const deviceModules = import.meta.glob<DeviceModule>('../device/SimulatedDevice.tsx');
const loadDevice = Object.values(deviceModules)[0];

const SimulatedDevice: ComponentType<SimulatedDeviceProps & { zoom?: PreviewZoom }> = loadDevice
  ? lazy(async () => ({ default: (await loadDevice()).SimulatedDevice }))
  : PlaceholderDevice;

const ZOOM_KEY = 'sspr-preview.previewZoom';

function readZoom(): PreviewZoom {
  try {
    return localStorage.getItem(ZOOM_KEY) === 'screen' ? 'screen' : 'signInBox';
  } catch {
    return 'signInBox';
  }
}

function storeZoom(zoom: PreviewZoom): void {
  try {
    localStorage.setItem(ZOOM_KEY, zoom);
  } catch {
    // storage disabled: the choice lasts for this session
  }
}

const useStyles = makeStyles({
  wrapper: { flexShrink: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  views: { display: 'flex', gap: tokens.spacingHorizontalXS, alignItems: 'center', flexWrap: 'wrap' },
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
  const { t } = useTranslation();
  const scenario = useAppStore((state) => state.scenario);
  const look = useAppStore(selectLook);
  const language = useAppStore((state) => state.language);
  const verdict = useVerdict();
  const [zoom, setZoom] = useState<PreviewZoom>(readZoom);
  const choose = (next: PreviewZoom) => {
    setZoom(next);
    storeZoom(next);
  };
  return (
    <div className={styles.wrapper}>
      <div className={styles.views} role="group" aria-label={t('previewView.label')}>
        {(['signInBox', 'screen'] as const).map((value) => (
          <ToggleButton
            key={value}
            size="small"
            appearance="subtle"
            checked={zoom === value}
            onClick={() => choose(value)}
            data-testid={`preview-zoom-${value}`}
          >
            {t(`previewView.${value}`)}
          </ToggleButton>
        ))}
      </div>
      <div
        className={styles.frame}
        data-testid="preview"
        data-capture="preview"
        data-password-link={verdict.passwordLink}
        data-outcome={verdict.outcome}
        data-look={look}
      >
        <Suspense
          fallback={<PlaceholderDevice scenario={scenario} verdict={verdict} look={look} language={language} />}
        >
          <SimulatedDevice
            scenario={scenario}
            verdict={verdict}
            look={look}
            language={language}
            screenId={PREVIEW_SCREEN_ID}
            zoom={zoom}
          />
        </Suspense>
      </div>
    </div>
  );
}
