// A titled group of settings inside a blade, like the sections of an Entra admin center page.
import type { ReactNode } from 'react';
import { Caption1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  section: {
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    paddingInline: tokens.spacingHorizontalL,
    paddingBlock: tokens.spacingVerticalM,
    marginBottom: tokens.spacingVerticalL,
  },
  description: {
    display: 'block',
    color: tokens.colorNeutralForeground3,
    marginTop: '2px',
    marginBottom: tokens.spacingVerticalXS,
  },
});

export function Section({
  title,
  description,
  children,
  testId,
}: {
  title: string;
  description?: string;
  children: ReactNode;
  testId?: string;
}) {
  const styles = useStyles();
  return (
    <section className={styles.section} data-testid={testId} aria-label={title}>
      <Subtitle2 as="h3">{title}</Subtitle2>
      {description && <Caption1 className={styles.description}>{description}</Caption1>}
      {children}
    </section>
  );
}
