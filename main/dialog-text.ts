// The words of the operating system's dialogs this app opens (open, save, export, unsaved changes) in the app's two
// languages: the renderer reports its language (window:state), the same one the menu speaks.
import type { ExportTarget } from '../simulator/exports/file-names';
import type { MenuLanguage } from './menu-text';

export interface DialogText {
  openScenario: string;
  saveScenario: string;
  openDiagnostics: string;
  /** Title of an export's save dialog. */
  exportTitle: Record<ExportTarget, string>;
  /** The file-type filter names of the save and open dialogs. */
  fileType: Record<ExportTarget, string>;
  diagnosticsFiles: string;
  allFiles: string;
  untitled: string;
  closePrompt(fileName: string): string;
  closeDetail: string;
  /** Save, Don't save, Cancel: this order is the dialog's response index. */
  closeButtons: readonly [string, string, string];
}

export const DIALOG_TEXT: Record<MenuLanguage, DialogText> = {
  'en-US': {
    openScenario: 'Open scenario',
    saveScenario: 'Save scenario',
    openDiagnostics: 'Open device diagnostics',
    exportTitle: {
      reg: 'Export registry file',
      intuneJson: 'Export Intune profile',
      htmlReport: 'Export HTML report',
      png: 'Export PNG of the screen',
      scenario: 'Export scenario',
    },
    fileType: {
      reg: 'Registration entries',
      intuneJson: 'Microsoft Graph JSON',
      htmlReport: 'HTML report',
      png: 'PNG image',
      scenario: 'SSPR Preview scenario',
    },
    diagnosticsFiles: 'Device diagnostics',
    allFiles: 'All files',
    untitled: 'Untitled scenario',
    closePrompt: (fileName) => `Do you want to save the changes you made to ${fileName}?`,
    closeDetail: "Your changes will be lost if you don't save them.",
    closeButtons: ['Save', "Don't save", 'Cancel'],
  },
  // Microsoft's own nl-NL words for these dialogs (Windows, Office): "Wijzigingen opslaan in …?", "Niet opslaan".
  'nl-NL': {
    openScenario: 'Scenario openen',
    saveScenario: 'Scenario opslaan',
    openDiagnostics: 'Apparaatdiagnose openen',
    exportTitle: {
      reg: 'Registerbestand exporteren',
      intuneJson: 'Intune-profiel exporteren',
      htmlReport: 'HTML-rapport exporteren',
      png: 'PNG van het scherm exporteren',
      scenario: 'Scenario exporteren',
    },
    fileType: {
      reg: 'Registervermeldingen',
      intuneJson: 'Microsoft Graph JSON',
      htmlReport: 'HTML-rapport',
      png: 'PNG-afbeelding',
      scenario: 'SSPR Preview-scenario',
    },
    diagnosticsFiles: 'Apparaatdiagnose',
    allFiles: 'Alle bestanden',
    untitled: 'Naamloos scenario',
    closePrompt: (fileName) => `Wilt u de wijzigingen in ${fileName} opslaan?`,
    closeDetail: 'Als u niet opslaat, gaan uw wijzigingen verloren.',
    closeButtons: ['Opslaan', 'Niet opslaan', 'Annuleren'],
  },
};

/** The dialog words for the language the app speaks now (English until the renderer has said). */
export function dialogText(language: MenuLanguage | undefined): DialogText {
  return DIALOG_TEXT[language ?? 'en-US'];
}
