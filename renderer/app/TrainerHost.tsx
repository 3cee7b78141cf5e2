// Trainer mode fills the window with features/trainer/TrainerMode when it is part of the build;
// until then a full-window preview with a way back.
import { Suspense, lazy, type ComponentType } from 'react';
import { Button } from '@fluentui/react-components';
import { PreviewPane } from '../features/preview/PreviewPane';
import { useAppStore } from '../store/app-store';
import { useTranslation } from 'react-i18next';

type TrainerModule = { TrainerMode: ComponentType };

const trainerModules = import.meta.glob<TrainerModule>('../features/trainer/TrainerMode.tsx');
const loadTrainer = Object.values(trainerModules)[0];

function TrainerFallback() {
  const { t } = useTranslation();
  return (
    <div
      style={{
        position: 'fixed',
        inset: 0,
        background: '#000',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'center',
      }}
    >
      <div style={{ width: 'min(100vw, 160vh)', margin: '0 auto' }}>
        <PreviewPane />
      </div>
      <Button
        style={{ position: 'fixed', top: 12, right: 12 }}
        onClick={() => useAppStore.getState().setTrainerMode(false)}
      >
        {t('app.leaveTrainerModeF5')}
      </Button>
    </div>
  );
}

const TrainerMode: ComponentType = loadTrainer
  ? lazy(async () => ({ default: (await loadTrainer()).TrainerMode }))
  : TrainerFallback;

export function TrainerHost() {
  return (
    <div data-testid="trainer-host">
      <Suspense fallback={null}>
        <TrainerMode />
      </Suspense>
    </div>
  );
}
