import { DoubleOfficeError } from "./errors";

/*
 * What Excel refuses when a formula is entered through Range.formulas (or a defined name's formula):
 * Range.formulas takes formulas "in English and in A1-style notation" with Excel's invariant
 * separators (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-formulas-member),
 * so a `;` between arguments (the Swedish list separator, which formulasLocal takes) is not an
 * argument separator there; unbalanced parentheses and a function Excel does not have are refused
 * too (Excel's own "There's a problem with this formula"). The double refuses them with
 * InvalidArgument, as the sync of such a batch fails in Excel. Outside strings, quoted sheet names
 * and structured references, that is: `;` also separates the rows of an array constant `{1,2;3,4}`.
 */

/** Excel's worksheet functions (the function reference, https://support.microsoft.com/office/excel-functions-alphabetical-b3944572-255d-4efb-bb96-c6d90033e188). */
const EXCEL_FUNCTIONS = new Set(
  `ABS ACCRINT ACCRINTM ACOS ACOSH ACOT ACOTH ADDRESS AGGREGATE AMORDEGRC AMORLINC AND ARABIC AREAS ARRAYTOTEXT ASC ASIN ASINH ATAN ATAN2 ATANH
  AVEDEV AVERAGE AVERAGEA AVERAGEIF AVERAGEIFS BAHTTEXT BASE BESSELI BESSELJ BESSELK BESSELY BETA.DIST BETA.INV BETADIST BETAINV BIN2DEC BIN2HEX
  BIN2OCT BINOM.DIST BINOM.DIST.RANGE BINOM.INV BINOMDIST BITAND BITLSHIFT BITOR BITRSHIFT BITXOR BYCOL BYROW CALL CEILING CEILING.MATH CEILING.PRECISE
  CELL CHAR CHIDIST CHIINV CHISQ.DIST CHISQ.DIST.RT CHISQ.INV CHISQ.INV.RT CHISQ.TEST CHITEST CHOOSE CHOOSECOLS CHOOSEROWS CLEAN CODE COLUMN COLUMNS
  COMBIN COMBINA COMPLEX CONCAT CONCATENATE CONFIDENCE CONFIDENCE.NORM CONFIDENCE.T CONVERT CORREL COS COSH COT COTH COUNT COUNTA COUNTBLANK COUNTIF
  COUNTIFS COUPDAYBS COUPDAYS COUPDAYSNC COUPNCD COUPNUM COUPPCD COVAR COVARIANCE.P COVARIANCE.S CRITBINOM CSC CSCH CUBEKPIMEMBER CUBEMEMBER
  CUBEMEMBERPROPERTY CUBERANKEDMEMBER CUBESET CUBESETCOUNT CUBEVALUE CUMIPMT CUMPRINC DATE DATEDIF DATEVALUE DAVERAGE DAY DAYS DAYS360 DB DBCS DCOUNT
  DCOUNTA DDB DEC2BIN DEC2HEX DEC2OCT DECIMAL DEGREES DELTA DEVSQ DGET DISC DMAX DMIN DOLLAR DOLLARDE DOLLARFR DPRODUCT DROP DSTDEV DSTDEVP DSUM DURATION
  DVAR DVARP EDATE EFFECT ENCODEURL EOMONTH ERF ERF.PRECISE ERFC ERFC.PRECISE ERROR.TYPE EUROCONVERT EVEN EXACT EXP EXPAND EXPON.DIST EXPONDIST FACT
  FACTDOUBLE FALSE F.DIST F.DIST.RT FDIST FILTER FILTERXML FIND FINDB F.INV F.INV.RT FINV FISHER FISHERINV FIXED FLOOR FLOOR.MATH FLOOR.PRECISE FORECAST
  FORECAST.ETS FORECAST.ETS.CONFINT FORECAST.ETS.SEASONALITY FORECAST.ETS.STAT FORECAST.LINEAR FORMULATEXT FREQUENCY F.TEST FTEST FV FVSCHEDULE GAMMA
  GAMMA.DIST GAMMADIST GAMMA.INV GAMMAINV GAMMALN GAMMALN.PRECISE GAUSS GCD GEOMEAN GESTEP GETPIVOTDATA GROUPBY GROWTH HARMEAN HEX2BIN HEX2DEC HEX2OCT
  HLOOKUP HOUR HSTACK HYPERLINK HYPGEOM.DIST HYPGEOMDIST IF IFERROR IFNA IFS IMABS IMAGE IMAGINARY IMARGUMENT IMCONJUGATE IMCOS IMCOSH IMCOT IMCSC
  IMCSCH IMDIV IMEXP IMLN IMLOG10 IMLOG2 IMPOWER IMPRODUCT IMREAL IMSEC IMSECH IMSIN IMSINH IMSQRT IMSUB IMSUM IMTAN INDEX INDIRECT INFO INT INTERCEPT
  INTRATE IPMT IRR ISBLANK ISERR ISERROR ISEVEN ISFORMULA ISLOGICAL ISNA ISNONTEXT ISNUMBER ISODD ISOMITTED ISOWEEKNUM ISO.CEILING ISPMT ISREF ISTEXT
  JIS KURT LAMBDA LARGE LCM LEFT LEFTB LEN LENB LET LINEST LN LOG LOG10 LOGEST LOGINV LOGNORM.DIST LOGNORMDIST LOGNORM.INV LOOKUP LOWER MAKEARRAY MAP
  MATCH MAX MAXA MAXIFS MDETERM MDURATION MEDIAN MID MIDB MIN MINA MINIFS MINUTE MINVERSE MIRR MMULT MOD MODE MODE.MULT MODE.SNGL MONTH MROUND
  MULTINOMIAL MUNIT N NA NEGBINOM.DIST NEGBINOMDIST NETWORKDAYS NETWORKDAYS.INTL NOMINAL NORM.DIST NORMDIST NORMINV NORM.INV NORM.S.DIST NORMSDIST
  NORM.S.INV NORMSINV NOT NOW NPER NPV NUMBERVALUE OCT2BIN OCT2DEC OCT2HEX ODD ODDFPRICE ODDFYIELD ODDLPRICE ODDLYIELD OFFSET OR PDURATION PEARSON
  PERCENTILE.EXC PERCENTILE.INC PERCENTILE PERCENTOF PERCENTRANK.EXC PERCENTRANK.INC PERCENTRANK PERMUT PERMUTATIONA PHI PHONETIC PI PIVOTBY PMT
  POISSON.DIST POISSON POWER PPMT PRICE PRICEDISC PRICEMAT PROB PRODUCT PROPER PV QUARTILE QUARTILE.EXC QUARTILE.INC QUOTIENT RADIANS RAND RANDARRAY
  RANDBETWEEN RANK.AVG RANK.EQ RANK RATE RECEIVED REDUCE REGEXEXTRACT REGEXREPLACE REGEXTEST REGISTER.ID REPLACE REPLACEB REPT RIGHT RIGHTB ROMAN
  ROUND ROUNDDOWN ROUNDUP ROW ROWS RRI RSQ RTD SCAN SEARCH SEARCHB SEC SECH SECOND SEQUENCE SERIESSUM SHEET SHEETS SIGN SIN SINH SKEW SKEW.P SLN SLOPE
  SMALL SORT SORTBY SQRT SQRTPI STANDARDIZE STDEV STDEV.P STDEV.S STDEVA STDEVP STDEVPA STEYX STOCKHISTORY SUBSTITUTE SUBTOTAL SUM SUMIF SUMIFS
  SUMPRODUCT SUMSQ SUMX2MY2 SUMX2PY2 SUMXMY2 SWITCH SYD T TAKE TAN TANH TBILLEQ TBILLPRICE TBILLYIELD T.DIST T.DIST.2T T.DIST.RT TDIST TEXT TEXTAFTER
  TEXTBEFORE TEXTJOIN TEXTSPLIT TIME TIMEVALUE T.INV T.INV.2T TINV TOCOL TOROW TODAY TRANSLATE TRANSPOSE TREND TRIM TRIMMEAN TRIMRANGE TRUE TRUNC
  T.TEST TTEST TYPE UNICHAR UNICODE UNIQUE UPPER VALUE VALUETOTEXT VAR VAR.P VAR.S VARA VARP VARPA VDB VLOOKUP VSTACK WEBSERVICE WEEKDAY WEEKNUM
  WEIBULL WEIBULL.DIST WORKDAY WORKDAY.INTL WRAPCOLS WRAPROWS XIRR XLOOKUP XMATCH XNPV XOR YEAR YEARFRAC YIELD YIELDDISC YIELDMAT Z.TEST ZTEST`
    .split(/\s+/)
    .filter((name) => name !== ""),
);

/** Why Excel would refuse the formula ("=..."), or undefined. */
export function formulaProblem(formula: string): string | undefined {
  let depth = 0;
  let braces = 0;
  let i = 1;
  const text = formula;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"' || ch === "'") {
      // A string ("a""b") or a quoted sheet name ('O''Brien'!A1): skip to its end.
      const end = closing(text, i, ch);
      if (end < 0) return `an unclosed ${ch === '"' ? "string" : "quoted sheet name"}`;
      i = end + 1;
      continue;
    }
    if (ch === "[") {
      // A structured reference (Table[[#Totals],[Column]]): its brackets nest, and hold any text.
      let nest = 0;
      for (; i < text.length; i++) {
        if (text[i] === "'" && (text[i + 1] === "[" || text[i + 1] === "]" || text[i + 1] === "#" || text[i + 1] === "'")) i++;
        else if (text[i] === "[") nest++;
        else if (text[i] === "]" && --nest === 0) break;
      }
      if (nest !== 0) return "an unclosed structured reference";
      i++;
      continue;
    }
    if (ch === "{") braces++;
    else if (ch === "}") braces--;
    else if (ch === "(") depth++;
    else if (ch === ")" && --depth < 0) return "a closing parenthesis without its opening one";
    else if (ch === ";" && braces === 0) return "';' is not an argument separator in Range.formulas (it takes ',')";
    else if (/[A-Za-z_\\]/.test(ch) && !/[A-Za-z0-9_.\\]/.test(text[i - 1] ?? "")) {
      const name = /^[A-Za-z_\\][A-Za-z0-9_.\\]*/.exec(text.slice(i))![0];
      const after = text[i + name.length];
      if (after === "(") {
        const bare = name.toUpperCase().replace(/^_XLFN\./, "").replace(/^_XLWS\./, "");
        if (!EXCEL_FUNCTIONS.has(bare)) return `Excel has no function ${name}`;
      }
      i += name.length;
      continue;
    }
    i++;
  }
  if (depth !== 0) return "unbalanced parentheses";
  if (braces !== 0) return "an unclosed array constant";
  return undefined;
}

/** The index of the quote that closes the one at `start` (doubled quotes are part of the text), or -1. */
function closing(text: string, start: number, quote: string): number {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] !== quote) continue;
    if (text[i + 1] === quote) i++;
    else return i;
  }
  return -1;
}

/** Throws Excel's refusal of a formula it would not take. */
export function assertFormula(formula: string): void {
  const problem = formulaProblem(formula);
  if (problem) throw new DoubleOfficeError("InvalidArgument", `The formula ${formula} is not valid: ${problem}.`);
}
