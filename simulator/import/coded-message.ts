// An error message that crosses the desktop app's IPC boundary keeps only its text. A message the page should word
// in its own language carries its code and values in front of the English: "⟦signIn.expired⟧ The sign-in expired…".
// The page reads the code back and words it; anything else shows the English as it is.

export interface CodedProblem {
  code: string;
  params?: Readonly<Record<string, string>>;
}

const CODED = /^⟦([\w.-]+)(?: (\{[^⟧]*\}))?⟧ ([\s\S]*)$/;

export function codedMessage(problem: CodedProblem, english: string): string {
  const params = problem.params && Object.keys(problem.params).length > 0 ? ` ${JSON.stringify(problem.params)}` : '';
  return `⟦${problem.code}${params}⟧ ${english}`;
}

/** The code and values of a coded message (undefined when it has none) and its English text. */
export function readCodedMessage(message: string): { problem?: CodedProblem; english: string } {
  const match = CODED.exec(message);
  if (!match) return { english: message };
  let params: Record<string, string> | undefined;
  try {
    const parsed: unknown = match[2] ? JSON.parse(match[2]) : undefined;
    if (parsed && typeof parsed === 'object')
      params = Object.fromEntries(Object.entries(parsed).map(([key, value]) => [key, String(value)]));
  } catch {
    return { english: match[3] };
  }
  return { problem: params ? { code: match[1], params } : { code: match[1] }, english: match[3] };
}
