// A text input that keeps a local draft and commits on Enter or blur (one edit = one undo step).
import { useEffect, useState } from 'react';
import { Input, type InputProps } from '@fluentui/react-components';

export interface CommitInputProps extends Omit<InputProps, 'value' | 'onChange' | 'defaultValue'> {
  value: string;
  /** Return false to reject the text: the input snaps back to the stored value. */
  onCommit(text: string): void | boolean;
}

export function CommitInput({ value, onCommit, onBlur, onKeyDown, ...rest }: CommitInputProps) {
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  const commit = () => {
    if (draft !== value && onCommit(draft) === false) setDraft(value);
  };
  return (
    <Input
      {...rest}
      value={draft}
      onChange={(_, data) => setDraft(data.value)}
      onBlur={(event) => {
        commit();
        onBlur?.(event);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter') commit();
        onKeyDown?.(event);
      }}
    />
  );
}
