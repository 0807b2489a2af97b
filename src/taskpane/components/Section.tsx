import { makeStyles } from "@fluentui/react-components";
import { tokens } from "@fluentui/react-theme";
import { ReactNode, useId } from "react";

const useStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    paddingBlock: tokens.spacingVerticalM,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1,
  },
});

/** A titled part of the pane: a real heading (screen readers jump by headings) labelling its region. */
export function Section(props: { title: string; children: ReactNode; testId?: string }) {
  const styles = useStyles();
  const id = useId();
  return (
    <section className={styles.section} aria-labelledby={id} data-testid={props.testId}>
      <h2 id={id} className={styles.heading}>
        {props.title}
      </h2>
      {props.children}
    </section>
  );
}
