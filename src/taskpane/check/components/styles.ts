import { makeStyles } from "@fluentui/react-components";
import { tokens } from "@fluentui/react-theme";

/** The Check tab's styles, shared by its parts. */
export const useCheckStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, paddingBlock: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  row: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalS },
  field: { flexGrow: 1, minWidth: "120px" },
  actions: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  finding: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    rowGap: tokens.spacingVerticalXXS,
    width: "100%",
    textAlign: "start",
    height: "auto",
    paddingBlock: tokens.spacingVerticalS,
    whiteSpace: "normal",
  },
  findingHead: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  small: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  // Why the cell is flagged ("not the sum of its rows", "not the exact total"), in plain weight so
  // it reads as an explanation under the figures.
  explanation: { display: "block", fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground1 },
  parameters: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});
