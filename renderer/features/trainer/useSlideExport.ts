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

/** Two animation frames plus a short pause: React has committed and the browser has painted the new step. */
function settle(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 120))));
}

export function useSlideExport(input: ExportInput) {
  const [busy, setBusy] = useState(false);

  async function captureAll(): Promise<HandoutEntry[]> {
    const { slides, t, language } = input;
    const entries: HandoutEntry[] = [];
    for (const [index, slide] of slides.entries()) {
      input.setStatus(t('trainer.exporting', { current: index + 1, total: slides.length }));
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
        image: await captureScreen(element),
        notes: speakerNotes({ ...slide, scenario }, step, verdict, language, t),
      });
    }
    return entries;
  }

  async function run(work: (entries: HandoutEntry[]) => void): Promise<void> {
    if (busy) return;
    setBusy(true);
    try {
      const entries = await captureAll();
      work(entries);
      input.setStatus(null);
    } catch (error) {
      input.setStatus(error instanceof Error ? error.message : String(error));
    } finally {
      input.setPosition(input.position);
      setBusy(false);
    }
  }

  const exportPngs = () =>
    run((entries) => {
      entries.forEach((entry, index) =>
        downloadBlob(dataUrlToBlob(entry.image), stepFileName(index, input.slides[index].step)),
      );
    });

  const exportHandout = () =>
    run((entries) => {
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
      downloadText(html, `trainer-handout-${language}.html`, 'text/html');
    });

  return { busy, exportPngs, exportHandout };
}
