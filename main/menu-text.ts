// The application menu's words in the app's two languages ("&" marks the access key on Windows). Standard items
// (cut, copy, zoom…) are roles that Electron words in the operating system's language.
export type MenuLanguage = 'en-US' | 'nl-NL';

export interface MenuText {
  file: string;
  new: string;
  open: string;
  openRecent: string;
  clearRecent: string;
  noRecent: string;
  openDiagnostics: string;
  save: string;
  saveAs: string;
  export: string;
  exportReg: string;
  exportIntune: string;
  exportHtml: string;
  exportPng: string;
  exit: string;
  edit: string;
  undo: string;
  redo: string;
  view: string;
  windows10: string;
  windows11: string;
  trainer: string;
  help: string;
  sources: string;
  verdictSources: string;
  about: string;
}

export const MENU_TEXT: Record<MenuLanguage, MenuText> = {
  'en-US': {
    file: '&File',
    new: '&New',
    open: '&Open…',
    openRecent: 'Open &Recent',
    clearRecent: 'Clear Recently Opened',
    noRecent: 'No recent files',
    openDiagnostics: 'Open &device diagnostics…',
    save: '&Save',
    saveAs: 'Save &As…',
    export: '&Export',
    exportReg: '&Registry file (.reg)…',
    exportIntune: '&Intune profile (Graph JSON)…',
    exportHtml: '&HTML report…',
    exportPng: '&PNG of the screen…',
    exit: 'E&xit',
    edit: '&Edit',
    undo: '&Undo',
    redo: '&Redo',
    view: '&View',
    windows10: 'Windows 1&0 look',
    windows11: 'Windows 1&1 look',
    trainer: '&Trainer mode',
    help: '&Help',
    sources: '&Spec sources',
    verdictSources: 'Show sources of the current verdict',
    about: '&About SSPR Preview',
  },
  'nl-NL': {
    file: '&Bestand',
    new: '&Nieuw',
    open: '&Openen…',
    openRecent: '&Recent geopend',
    clearRecent: 'Lijst met recent geopende bestanden wissen',
    noRecent: 'Geen recente bestanden',
    openDiagnostics: 'Apparaat&diagnose openen…',
    save: 'Op&slaan',
    saveAs: 'Opslaan &als…',
    export: '&Exporteren',
    exportReg: '&Registerbestand (.reg)…',
    exportIntune: '&Intune-profiel (Graph JSON)…',
    exportHtml: '&HTML-rapport…',
    exportPng: '&PNG van het scherm…',
    exit: '&Afsluiten',
    edit: 'Be&werken',
    undo: '&Ongedaan maken',
    redo: 'Opnieuw &uitvoeren',
    view: 'Beel&d',
    windows10: 'Uiterlijk van Windows 1&0',
    windows11: 'Uiterlijk van Windows 1&1',
    trainer: '&Trainersmodus',
    help: '&Help',
    sources: '&Bronnen',
    verdictSources: 'Bronnen van het huidige oordeel weergeven',
    about: '&Over SSPR Preview',
  },
};
