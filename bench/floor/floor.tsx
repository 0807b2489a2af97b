import { Badge, Button, Checkbox, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, FluentProvider, Input, Link, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, ProgressBar, Radio, RadioGroup, Select, Spinner, Tab, TabList, Text, makeStyles, webLightTheme } from "@fluentui/react-components";
import { tokens } from "@fluentui/react-theme";
import { createRoot } from "react-dom/client";

/*
 * The floor of the pane's weight and speed (npm run bench): a page with nothing but the Fluent UI
 * components the pane uses, each rendered once, on React and the same theme. The pane cannot weigh
 * less than this; the bench prints the pane's initial JavaScript and time to interactive beside it.
 * Keep the list equal to the components src/taskpane imports from @fluentui/react-components.
 */

const useStyles = makeStyles({ root: { padding: tokens.spacingHorizontalM } });

function Floor() {
  const styles = useStyles();
  return (
    <FluentProvider theme={webLightTheme}>
      <main className={styles.root}>
        <TabList selectedValue="a">
          <Tab value="a">A</Tab>
          <Tab value="b">B</Tab>
        </TabList>
        <Text>Text</Text>
        <Badge>1</Badge>
        <Field label="Field">
          <Input />
        </Field>
        <Field label="Select">
          <Select>
            <option>1</option>
          </Select>
        </Field>
        <Checkbox label="Checkbox" />
        <RadioGroup>
          <Radio value="a" label="Radio" />
        </RadioGroup>
        <MessageBar>
          <MessageBarBody>
            <MessageBarTitle>Title</MessageBarTitle>
            Body
          </MessageBarBody>
          <MessageBarActions>
            <Link>Link</Link>
          </MessageBarActions>
        </MessageBar>
        <Spinner size="tiny" />
        <ProgressBar value={0.5} />
        <Dialog>
          <DialogSurface>
            <DialogBody>
              <DialogTitle>Dialog</DialogTitle>
              <DialogContent>Content</DialogContent>
              <DialogActions>
                <Button>Close</Button>
              </DialogActions>
            </DialogBody>
          </DialogSurface>
        </Dialog>
        <Button appearance="primary" data-testid="floor-ready">
          Ready
        </Button>
      </main>
    </FluentProvider>
  );
}

const root = document.getElementById("root");
if (root) createRoot(root).render(<Floor />);
