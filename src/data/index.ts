export * from "./sources";
export * from "./population2018";
export * from "./agreements";
export * from "./lookup";
export * from "./layouts";
export * from "./completeness";
export * from "./thresholds";
export * from "./template";
