import { Checkbox, Field, Input, Text } from "@fluentui/react-components";
import { sentence } from "../../../i18n";
import { useStrings } from "../../i18n/context";
import type { CheckController } from "../state/controller";
import { CHECK_FIGURES, selectFigureState } from "../state/selectors";
import type { CheckFigureKey } from "../state/store";
import { CHECK_STRINGS } from "../strings";
import { useCheckStyles } from "./styles";

/** The optional figures (threshold and years), read as typed; empty means inferred from the table. */
export function FigureFields({ check }: { check: CheckController }) {
  const strings = useStrings(CHECK_STRINGS);
  const styles = useCheckStyles();
  return (
    <fieldset style={{ border: "none", margin: 0, padding: 0 }}>
      <legend className={styles.subheading}>{strings.parameters}</legend>
      <Text className={styles.small}>{strings.parametersHint}</Text>
      <div className={styles.row}>
        {CHECK_FIGURES.map((key) => (
          <FigureField key={key} figure={key} check={check} />
        ))}
      </div>
    </fieldset>
  );
}

const INPUT_MODE: Readonly<Record<CheckFigureKey, "decimal" | "numeric">> = { threshold: "decimal", years: "numeric" };

/** One figure: its field, the reading's message, and a tick to confirm an implausible value. */
function FigureField({ figure, check }: { figure: CheckFigureKey; check: CheckController }) {
  const strings = useStrings(CHECK_STRINGS);
  const styles = useCheckStyles();
  const { state, view, actions } = check;
  const text = state.figures[figure];
  const reading = view.figures[figure];
  return (
    <div className={styles.field}>
      <Field
        label={strings[figure]}
        validationState={selectFigureState(state, figure, reading)}
        validationMessage={reading === undefined ? undefined : !reading.ok ? sentence(reading.message) : reading.implausible && sentence(reading.implausible)}
      >
        <Input
          value={text}
          placeholder={strings.inferredPlaceholder}
          inputMode={INPUT_MODE[figure]}
          data-testid={`check-${figure}`}
          onChange={(_, data) => actions.setFigure(figure, data.value)}
        />
      </Field>
      {reading?.ok && reading.implausible && (
        <Checkbox checked={state.confirmed[figure] === text} label={strings.confirmValue} onChange={(_, data) => actions.confirmFigure(figure, data.checked === true)} />
      )}
    </div>
  );
}
