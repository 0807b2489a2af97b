/*
 * File helpers of the headless commands. The atomic write lives with the .xlsx writer (which needs it
 * and must not depend on the commands); re-exported here for every command.
 */
export { writeFileAtomic } from "../../writers/xlsx/atomicFile";
