import type { PaneController } from "../state/controller";
import { DataSection } from "./DataSection";
import { FillSection } from "./FillSection";
import { ParametersForm } from "./ParametersForm";
import { SheetChoice } from "./SheetChoice";
import { SummaryCard } from "./SummaryCard";

/** The "Fill" tab, in the order a user goes: what, with which parameters, from which data, what it gives, fill. */
export function FillPanel({ pane }: { pane: PaneController }) {
  return (
    <>
      <SheetChoice pane={pane} />
      <ParametersForm pane={pane} />
      <DataSection pane={pane} />
      <SummaryCard pane={pane} />
      <FillSection pane={pane} />
    </>
  );
}
