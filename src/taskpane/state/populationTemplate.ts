/* Today's county as an Excel table to paste figures into: one chunk, fetched when the pane asks for it (controller.ts). */
export { countyTemplate } from "../../data";
export { insertPopulationTemplate } from "../../excel";
