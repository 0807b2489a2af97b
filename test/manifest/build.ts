/*
 * The production build the manifest tests check: the one shared build (test/helpers/productionBuild.ts).
 */
export { ROOT, productionBuild } from "../helpers/productionBuild";
