// Walks every slide of the script on screen, captures the simulated screen, and downloads the PNGs or a handout.
import { useState } from 'react';
import { evaluate } from '../../../simulator/index';
import type { Language, ScreenText } from '../../i18n/index';
import { downloadBlob, downloadText } from '../../platform/browser-download';
import { buildFlow, indexOfStep, verdictForFlow } from '../device/flow';
import { captureScreen, dataUrlToBlob, handoutHtml, stepFileName, type HandoutEntry } from './export';
import { speakerNotes } from './notes';
import type { Slide } from './script';

interface ExportInput {
  slides: readonly Slide[];
  t: ScreenText;
  language: Language;
  overrides: Readonly<Record<string, string>>;
  screenId: string;
  /** Where the trainer was; restored after the export. */
  position: number;
  setPosition(index: number): void;
  setStatus(text: string | null): void;
}

/** "1.2 MB" / "640 kB", in the reader's number format. */
function formatSize(bytes: number, language: Language): string {
  const megabytes = bytes / (1024 * 1024);
  const format = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  return megabytes >= 1 ? `${format.format(megabytes)} MB` : `${format.format(bytes / 1024)} kB`;
}

/** Two animation frames plus a short pause: React has committed and the browser has painted the new step. */
function settle(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 120))));
}

export function useSlideExport(input: ExportInput) {
  const [busy, setBusy] = useState(false);
  /** 0…1 while an export runs, else null (drawn as a progress bar in the presenter bar). */
  const [progress, setProgress] = useState<number | null>(null);

  async function captureAll(format: 'png' | 'jpeg'): Promise<HandoutEntry[]> {
    const { slides, t, language } = input;
    const entries: HandoutEntry[] = [];
    for (const [index, slide] of slides.entries()) {
      input.setStatus(t('trainer.exporting', { current: index + 1, total: slides.length }));
      setProgress(index / slides.length);
      input.setPosition(index);
      await settle();
      const element = document.getElementById(input.screenId);
      if (!element) throw new Error('The simulated screen is not on the page.');
      const verdict = verdictForFlow(slide.flow, slide.scenario, evaluate(slide.scenario, slide.options));
      const steps = buildFlow(slide.flow, verdict, slide.scenario);
      const step = steps[indexOfStep(steps, slide.step)];
      const scenario = {
        ...slide.scenario,
        stringOverrides: { ...slide.scenario.stringOverrides, ...input.overrides },
      };
      const heading = slide.titleKey ? t(slide.titleKey) : (slide.title ?? t('trainer.freePlay'));
      entries.push({
        heading,
        step: t(`step.${step.kind}`, { code: verdict.errorCode ?? '' }),
        image: await captureScreen(element, format),
        notes: speakerNotes({ ...slide, scenario }, step, verdict, language, t),
      });
    }
    return entries;
  }

  /** Captures every slide, saves the result, and leaves a confirmation naming what was saved. */
  async function run(
    format: 'png' | 'jpeg',
    work: (entries: HandoutEntry[]) => { files: string[]; bytes: number },
  ): Promise<void> {
    if (busy) return;
    setBusy(true);
    setProgress(0);
    try {
      const entries = await captureAll(format);
      const saved = work(entries);
      const { t, language } = input;
      input.setStatus(
        t('trainerExport.saved', {
          files:
            saved.files.length === 1 ? saved.files[0] : `${saved.files[0]} … ${saved.files[saved.files.length - 1]}`,
          size: formatSize(saved.bytes, language),
        }),
      );
    } catch (error) {
      input.setStatus(error instanceof Error ? error.message : String(error));
    } finally {
      input.setPosition(input.position);
      setProgress(null);
      setBusy(false);
    }
  }

  const exportPngs = () =>
    run('png', (entries) => {
      let bytes = 0;
      const files = entries.map((entry, index) => {
        const blob = dataUrlToBlob(entry.image);
        const name = stepFileName(index, input.slides[index].step);
        bytes += blob.size;
        downloadBlob(blob, name);
        return name;
      });
      return { files, bytes };
    });

  const exportHandout = () =>
    run('jpeg', (entries) => {
      const { t, language } = input;
      const html = handoutHtml(
        language,
        {
          title: t('trainer.handoutTitle'),
          rule: t('trainer.rule'),
          notes: t('trainer.notes'),
          unverified: (list) => t('trainer.unverifiedFlag', { list }),
          overridden: (list) => t('trainer.overrideFlag', { list }),
        },
        entries,
      );
      const name = `trainer-handout-${language}.html`;
      downloadText(html, name, 'text/html');
      return { files: [name], bytes: new Blob([html]).size };
    });

  return { busy, progress, exportPngs, exportHandout };
}
