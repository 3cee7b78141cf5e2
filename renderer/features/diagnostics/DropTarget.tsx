// Drag-and-drop of one or more diagnostic files anywhere on the window (both editions). While files are dragged over
// the window an overlay says what will happen; dropping reads them and opens the review. Other drags (text, links)
// are left alone.
import { useEffect, useState } from 'react';
import { makeStyles, tokens, Title3, Body1 } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';

const useStyles = makeStyles({
  overlay: {
    position: 'fixed',
    inset: 0,
    zIndex: 2000,
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    justifyContent: 'center',
    gap: tokens.spacingVerticalS,
    backgroundColor: tokens.colorBackgroundOverlay,
    pointerEvents: 'none',
  },
  card: {
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    border: `2px dashed ${tokens.colorBrandStroke1}`,
    borderRadius: tokens.borderRadiusXLarge,
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalXXXL}`,
    textAlign: 'center',
    maxWidth: '520px',
  },
});

function carriesFiles(event: DragEvent): boolean {
  return !!event.dataTransfer && [...event.dataTransfer.types].includes('Files');
}

export function DiagnosticsDropTarget() {
  const { t } = useTranslation();
  const styles = useStyles();
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    let depth = 0;
    const enter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth++;
      setDragging(true);
    };
    const over = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault(); // allows the drop
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const leave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault(); // never let the browser navigate to the file
      depth = 0;
      setDragging(false);
      const files = event.dataTransfer ? [...event.dataTransfer.files] : [];
      void import('./actions').then((m) => m.readDroppedFiles(files));
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, []);
  if (!dragging) return null;
  return (
    <div className={styles.overlay} data-testid="diagnostics-drop-overlay" aria-live="polite">
      <div className={styles.card}>
        <Title3 as="p">{t('diagnostics.dropTitle')}</Title3>
        <Body1>{t('diagnostics.dropHelp')}</Body1>
      </div>
    </div>
  );
}
