import { Checkbox, Field, Radio, RadioGroup, Spinner, Text } from "@fluentui/react-components";
import { useStrings } from "../../i18n/context";
import type { CheckController } from "../state/controller";
import { CHECK_STRINGS } from "../strings";
import { isOwnTable, orderedTables } from "../tables";
import { useCheckStyles } from "./styles";

/** What to check: the selected range, or Excel tables chosen from the workbook's. */
export function SourceChoice({ check }: { check: CheckController }) {
  const strings = useStrings(CHECK_STRINGS);
  const { state, actions } = check;
  return (
    <>
      <Field label={strings.source}>
        <RadioGroup value={state.source} onChange={(_, data) => actions.setSource(data.value === "tables" ? "tables" : "selection")}>
          <Radio value="selection" label={strings.selection} />
          <Radio value="tables" label={strings.tables} />
        </RadioGroup>
      </Field>
      {state.source === "tables" && <TablesChoice check={check} />}
    </>
  );
}

function TablesChoice({ check }: { check: CheckController }) {
  const strings = useStrings(CHECK_STRINGS);
  const styles = useCheckStyles();
  const { state, view, actions } = check;
  const { tables } = state;
  return (
    <fieldset style={{ border: "none", margin: 0, padding: 0 }}>
      <legend className={styles.subheading}>{strings.tables}</legend>
      {tables.status === "loading" || tables.status === "none" ? (
        <Spinner size="tiny" label={strings.loadingTables} />
      ) : tables.status === "failed" ? null : tables.names.length === 0 ? (
        <Text>{strings.noTables}</Text>
      ) : (
        <>
          <Text className={styles.small}>{strings.tablesHint}</Text>
          {tables.names.some(isOwnTable) && <Text className={styles.small}>{strings.ownTablesHint}</Text>}
          {orderedTables(tables.names).map((name) => (
            <Checkbox
              key={name}
              label={
                isOwnTable(name) ? (
                  <>
                    {name} <span className={styles.small}>({strings.ownTable})</span>
                  </>
                ) : (
                  name
                )
              }
              checked={state.chosenTables.includes(name)}
              onChange={(_, data) => actions.chooseTable(name, Boolean(data.checked))}
            />
          ))}
        </>
      )}
      {tables.status === "loaded" && view.needsTable && (
        <Text role="alert" className={styles.small}>
          {strings.chooseTable}
        </Text>
      )}
    </fieldset>
  );
}
