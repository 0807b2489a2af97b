/*
 * The Fluent UI components the pane's first view does not show (the parameter fields while folded,
 * messages, the table choice, progress and links after a fill): one chunk, fetched after the first
 * view (src/taskpane/later.tsx), so the pane opens on the components it shows.
 */
export { Input, Link, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, ProgressBar, Select, Spinner } from "@fluentui/react-components";
