export { ChoiceField, FlagField, BoolField, type ChoiceOption } from './ChoiceField';
export { NumberField, TextField } from './InputFields';
export { MultiChoiceField, ListField } from './ListFields';
export { FieldRow } from './FieldRow';
export { Section } from './Section';
export { editField, withEdit, describeValue } from './edit';
export { useField, useFieldValue } from './useField';
export { CommitInput } from './CommitInput';
