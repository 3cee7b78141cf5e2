// The frame of a configuration screen: breadcrumb, title (the screen's one h1) and a short description, like an
// admin center blade.
import type { ReactNode } from 'react';
import { Body1, Caption1, Title3, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  page: { paddingInline: tokens.spacingHorizontalXXL, paddingBlock: tokens.spacingVerticalL, maxWidth: '1040px' },
  crumbs: { color: tokens.colorNeutralForeground3 },
  title: { display: 'block', marginTop: tokens.spacingVerticalXXS },
  description: { display: 'block', color: tokens.colorNeutralForeground2, marginBlock: tokens.spacingVerticalS },
});

export function ScreenPage({
  crumbs,
  title,
  description,
  children,
  testId,
}: {
  crumbs: string;
  title: string;
  description?: string;
  children: ReactNode;
  testId: string;
}) {
  const styles = useStyles();
  return (
    <div className={styles.page} data-testid={testId}>
      <Caption1 className={styles.crumbs}>{crumbs}</Caption1>
      <Title3 as="h1" className={styles.title}>
        {title}
      </Title3>
      {description && <Body1 className={styles.description}>{description}</Body1>}
      {children}
    </div>
  );
}
