package com.carbon254.observability.dsl.dashboard;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Every unit of Grafana's unit picker, as typed constants named after what they display, with the
 * id Grafana stores in {@code fieldConfig.defaults.unit} (Grafana's {@code
 * valueFormats/categories.ts}, in its order). Grafana also reads custom units written as {@code
 * suffix:<text>}, {@code prefix:<text>}, {@code si:<unit>}, {@code count:<unit>}, {@code
 * currency:<symbol>} and {@code bool:<true>/<false>}: {@link Unit#suffix} and friends build those.
 *
 * <p>Grafana shows an unknown id as a plain suffix, so a typo like {@code "reqs"} silently prints
 * {@code 12 reqs}; an id passed as a string is therefore checked against this list.
 */
public final class Units {
  private Units() {}

  // Misc
  public static final Unit NONE = new Unit("none");
  public static final Unit STRING = new Unit("string");
  public static final Unit SHORT = new Unit("short");
  public static final Unit SI_SHORT = new Unit("sishort");
  public static final Unit PERCENT = new Unit("percent");

  /** A ratio 0..1 shown as a percentage: what PromQL ratios produce. */
  public static final Unit PERCENT_UNIT = new Unit("percentunit");

  public static final Unit HUMIDITY = new Unit("humidity");
  public static final Unit DECIBEL = new Unit("dB");
  public static final Unit CANDELA = new Unit("candela");
  public static final Unit HEX_0X = new Unit("hex0x");
  public static final Unit HEX = new Unit("hex");
  public static final Unit SCIENTIFIC = new Unit("sci");
  public static final Unit LOCALE = new Unit("locale");
  public static final Unit PIXELS = new Unit("pixel");

  // Acceleration
  public static final Unit METERS_PER_SECOND_SQUARED = new Unit("accMS2");
  public static final Unit FEET_PER_SECOND_SQUARED = new Unit("accFS2");
  public static final Unit G_UNIT = new Unit("accG");

  // Angle
  public static final Unit DEGREES = new Unit("degree");
  public static final Unit RADIANS = new Unit("radian");
  public static final Unit GRADIANS = new Unit("grad");
  public static final Unit ARC_MINUTES = new Unit("arcmin");
  public static final Unit ARC_SECONDS = new Unit("arcsec");

  // Area
  public static final Unit SQUARE_METERS = new Unit("areaM2");
  public static final Unit SQUARE_FEET = new Unit("areaF2");
  public static final Unit SQUARE_MILES = new Unit("areaMI2");
  public static final Unit ACRES = new Unit("acres");
  public static final Unit HECTARES = new Unit("hectares");

  // Computation
  public static final Unit FLOPS = new Unit("flops");
  public static final Unit MEGA_FLOPS = new Unit("mflops");
  public static final Unit GIGA_FLOPS = new Unit("gflops");
  public static final Unit TERA_FLOPS = new Unit("tflops");
  public static final Unit PETA_FLOPS = new Unit("pflops");
  public static final Unit EXA_FLOPS = new Unit("eflops");
  public static final Unit ZETTA_FLOPS = new Unit("zflops");
  public static final Unit YOTTA_FLOPS = new Unit("yflops");

  // Concentration
  public static final Unit PARTS_PER_MILLION = new Unit("ppm");
  public static final Unit PARTS_PER_BILLION = new Unit("conppb");
  public static final Unit NANOGRAMS_PER_CUBIC_METER = new Unit("conngm3");
  public static final Unit NANOGRAMS_PER_NORMAL_CUBIC_METER = new Unit("conngNm3");
  public static final Unit MICROGRAMS_PER_CUBIC_METER = new Unit("conμgm3");
  public static final Unit MICROGRAMS_PER_NORMAL_CUBIC_METER = new Unit("conμgNm3");
  public static final Unit MILLIGRAMS_PER_CUBIC_METER = new Unit("conmgm3");
  public static final Unit MILLIGRAMS_PER_NORMAL_CUBIC_METER = new Unit("conmgNm3");
  public static final Unit GRAMS_PER_CUBIC_METER = new Unit("congm3");
  public static final Unit GRAMS_PER_NORMAL_CUBIC_METER = new Unit("congNm3");
  public static final Unit MILLIGRAMS_PER_DECILITRE = new Unit("conmgdL");
  public static final Unit MILLIMOLES_PER_LITRE = new Unit("conmmolL");

  // Currency
  public static final Unit CURRENCY_USD = new Unit("currencyUSD");
  public static final Unit CURRENCY_GBP = new Unit("currencyGBP");
  public static final Unit CURRENCY_EUR = new Unit("currencyEUR");
  public static final Unit CURRENCY_JPY = new Unit("currencyJPY");
  public static final Unit CURRENCY_RUB = new Unit("currencyRUB");
  public static final Unit CURRENCY_UAH = new Unit("currencyUAH");
  public static final Unit CURRENCY_BRL = new Unit("currencyBRL");
  public static final Unit CURRENCY_DKK = new Unit("currencyDKK");
  public static final Unit CURRENCY_ISK = new Unit("currencyISK");
  public static final Unit CURRENCY_NOK = new Unit("currencyNOK");
  public static final Unit CURRENCY_SEK = new Unit("currencySEK");
  public static final Unit CURRENCY_CZK = new Unit("currencyCZK");
  public static final Unit CURRENCY_CHF = new Unit("currencyCHF");
  public static final Unit CURRENCY_PLN = new Unit("currencyPLN");
  public static final Unit CURRENCY_BTC = new Unit("currencyBTC");
  public static final Unit CURRENCY_MILLI_BTC = new Unit("currencymBTC");
  public static final Unit CURRENCY_MICRO_BTC = new Unit("currencyμBTC");
  public static final Unit CURRENCY_ZAR = new Unit("currencyZAR");
  public static final Unit CURRENCY_INR = new Unit("currencyINR");
  public static final Unit CURRENCY_KRW = new Unit("currencyKRW");
  public static final Unit CURRENCY_IDR = new Unit("currencyIDR");
  public static final Unit CURRENCY_PHP = new Unit("currencyPHP");
  public static final Unit CURRENCY_VND = new Unit("currencyVND");
  public static final Unit CURRENCY_TRY = new Unit("currencyTRY");
  public static final Unit CURRENCY_MYR = new Unit("currencyMYR");
  public static final Unit CURRENCY_XPF = new Unit("currencyXPF");
  public static final Unit CURRENCY_BGN = new Unit("currencyBGN");
  public static final Unit CURRENCY_PYG = new Unit("currencyPYG");
  public static final Unit CURRENCY_UYU = new Unit("currencyUYU");
  public static final Unit CURRENCY_ILS = new Unit("currencyILS");

  // Data
  public static final Unit BYTES_IEC = new Unit("bytes");
  public static final Unit BYTES_SI = new Unit("decbytes");
  public static final Unit BITS_IEC = new Unit("bits");
  public static final Unit BITS_SI = new Unit("decbits");
  public static final Unit KIBIBYTES = new Unit("kbytes");
  public static final Unit KILOBYTES = new Unit("deckbytes");
  public static final Unit MEBIBYTES = new Unit("mbytes");
  public static final Unit MEGABYTES = new Unit("decmbytes");
  public static final Unit GIBIBYTES = new Unit("gbytes");
  public static final Unit GIGABYTES = new Unit("decgbytes");
  public static final Unit TEBIBYTES = new Unit("tbytes");
  public static final Unit TERABYTES = new Unit("dectbytes");
  public static final Unit PEBIBYTES = new Unit("pbytes");
  public static final Unit PETABYTES = new Unit("decpbytes");

  // Data rate
  public static final Unit PACKETS_PER_SECOND = new Unit("pps");
  public static final Unit BYTES_PER_SECOND_IEC = new Unit("binBps");
  public static final Unit BYTES_PER_SECOND_SI = new Unit("Bps");
  public static final Unit BITS_PER_SECOND_IEC = new Unit("binbps");
  public static final Unit BITS_PER_SECOND_SI = new Unit("bps");
  public static final Unit KIBIBYTES_PER_SECOND = new Unit("KiBs");
  public static final Unit KIBIBITS_PER_SECOND = new Unit("Kibits");
  public static final Unit KILOBYTES_PER_SECOND = new Unit("KBs");
  public static final Unit KILOBITS_PER_SECOND = new Unit("Kbits");
  public static final Unit MEBIBYTES_PER_SECOND = new Unit("MiBs");
  public static final Unit MEBIBITS_PER_SECOND = new Unit("Mibits");
  public static final Unit MEGABYTES_PER_SECOND = new Unit("MBs");
  public static final Unit MEGABITS_PER_SECOND = new Unit("Mbits");
  public static final Unit GIBIBYTES_PER_SECOND = new Unit("GiBs");
  public static final Unit GIBIBITS_PER_SECOND = new Unit("Gibits");
  public static final Unit GIGABYTES_PER_SECOND = new Unit("GBs");
  public static final Unit GIGABITS_PER_SECOND = new Unit("Gbits");
  public static final Unit TEBIBYTES_PER_SECOND = new Unit("TiBs");
  public static final Unit TEBIBITS_PER_SECOND = new Unit("Tibits");
  public static final Unit TERABYTES_PER_SECOND = new Unit("TBs");
  public static final Unit TERABITS_PER_SECOND = new Unit("Tbits");
  public static final Unit PEBIBYTES_PER_SECOND = new Unit("PiBs");
  public static final Unit PEBIBITS_PER_SECOND = new Unit("Pibits");
  public static final Unit PETABYTES_PER_SECOND = new Unit("PBs");
  public static final Unit PETABITS_PER_SECOND = new Unit("Pbits");

  // Date & time
  public static final Unit DATE_TIME_ISO = new Unit("dateTimeAsIso");
  public static final Unit DATE_TIME_ISO_NO_DATE_IF_TODAY = new Unit("dateTimeAsIsoNoDateIfToday");
  public static final Unit DATE_TIME_US = new Unit("dateTimeAsUS");
  public static final Unit DATE_TIME_US_NO_DATE_IF_TODAY = new Unit("dateTimeAsUSNoDateIfToday");
  public static final Unit DATE_TIME_LOCAL = new Unit("dateTimeAsLocal");
  public static final Unit DATE_TIME_LOCAL_NO_DATE_IF_TODAY =
      new Unit("dateTimeAsLocalNoDateIfToday");
  public static final Unit DATE_TIME_DEFAULT = new Unit("dateTimeAsSystem");

  /** A Unix timestamp in milliseconds shown as a time relative to now ({@code 3 minutes ago}). */
  public static final Unit DATE_TIME_FROM_NOW = new Unit("dateTimeFromNow");

  // Energy
  public static final Unit WATT = new Unit("watt");
  public static final Unit KILOWATT = new Unit("kwatt");
  public static final Unit MEGAWATT = new Unit("megwatt");
  public static final Unit GIGAWATT = new Unit("gwatt");
  public static final Unit MILLIWATT = new Unit("mwatt");
  public static final Unit WATT_PER_SQUARE_METER = new Unit("Wm2");
  public static final Unit VOLT_AMPERE = new Unit("voltamp");
  public static final Unit KILOVOLT_AMPERE = new Unit("kvoltamp");
  public static final Unit VOLT_AMPERE_REACTIVE = new Unit("voltampreact");
  public static final Unit KILOVOLT_AMPERE_REACTIVE = new Unit("kvoltampreact");
  public static final Unit WATT_HOUR = new Unit("watth");
  public static final Unit WATT_HOUR_PER_KILOGRAM = new Unit("watthperkg");
  public static final Unit KILOWATT_HOUR = new Unit("kwatth");
  public static final Unit KILOWATT_MINUTE = new Unit("kwattm");
  public static final Unit MEGAWATT_HOUR = new Unit("mwatth");
  public static final Unit AMPERE_HOUR = new Unit("amph");
  public static final Unit KILOAMPERE_HOUR = new Unit("kamph");
  public static final Unit MILLIAMPERE_HOUR = new Unit("mamph");
  public static final Unit JOULE = new Unit("joule");
  public static final Unit ELECTRON_VOLT = new Unit("ev");
  public static final Unit AMPERE = new Unit("amp");
  public static final Unit KILOAMPERE = new Unit("kamp");
  public static final Unit MILLIAMPERE = new Unit("mamp");
  public static final Unit VOLT = new Unit("volt");
  public static final Unit KILOVOLT = new Unit("kvolt");
  public static final Unit MILLIVOLT = new Unit("mvolt");
  public static final Unit DECIBEL_MILLIWATT = new Unit("dBm");
  public static final Unit MILLIOHM = new Unit("mohm");
  public static final Unit OHM = new Unit("ohm");
  public static final Unit KILOOHM = new Unit("kohm");
  public static final Unit MEGAOHM = new Unit("Mohm");
  public static final Unit FARAD = new Unit("farad");
  public static final Unit MICROFARAD = new Unit("µfarad");
  public static final Unit NANOFARAD = new Unit("nfarad");
  public static final Unit PICOFARAD = new Unit("pfarad");
  public static final Unit FEMTOFARAD = new Unit("ffarad");
  public static final Unit HENRY = new Unit("henry");
  public static final Unit MILLIHENRY = new Unit("mhenry");
  public static final Unit MICROHENRY = new Unit("µhenry");
  public static final Unit LUMENS = new Unit("lumens");

  // Flow
  public static final Unit GALLONS_PER_MINUTE = new Unit("flowgpm");
  public static final Unit CUBIC_METERS_PER_SECOND = new Unit("flowcms");
  public static final Unit CUBIC_FEET_PER_SECOND = new Unit("flowcfs");
  public static final Unit CUBIC_FEET_PER_MINUTE = new Unit("flowcfm");
  public static final Unit LITRES_PER_HOUR = new Unit("litreh");
  public static final Unit LITRES_PER_MINUTE = new Unit("flowlpm");
  public static final Unit MILLILITRES_PER_MINUTE = new Unit("flowmlpm");
  public static final Unit LUX = new Unit("lux");

  // Force
  public static final Unit NEWTON_METERS = new Unit("forceNm");
  public static final Unit KILONEWTON_METERS = new Unit("forcekNm");
  public static final Unit NEWTONS = new Unit("forceN");
  public static final Unit KILONEWTONS = new Unit("forcekN");

  // Hash rate
  public static final Unit HASHES_PER_SECOND = new Unit("Hs");
  public static final Unit KILOHASHES_PER_SECOND = new Unit("KHs");
  public static final Unit MEGAHASHES_PER_SECOND = new Unit("MHs");
  public static final Unit GIGAHASHES_PER_SECOND = new Unit("GHs");
  public static final Unit TERAHASHES_PER_SECOND = new Unit("THs");
  public static final Unit PETAHASHES_PER_SECOND = new Unit("PHs");
  public static final Unit EXAHASHES_PER_SECOND = new Unit("EHs");

  // Mass
  public static final Unit MILLIGRAMS = new Unit("massmg");
  public static final Unit GRAMS = new Unit("massg");
  public static final Unit POUNDS = new Unit("masslb");
  public static final Unit KILOGRAMS = new Unit("masskg");
  public static final Unit METRIC_TONS = new Unit("masst");

  // Length
  public static final Unit MILLIMETERS = new Unit("lengthmm");
  public static final Unit INCHES = new Unit("lengthin");
  public static final Unit FEET = new Unit("lengthft");
  public static final Unit METERS = new Unit("lengthm");
  public static final Unit KILOMETERS = new Unit("lengthkm");
  public static final Unit MILES = new Unit("lengthmi");

  // Pressure
  public static final Unit MILLIBARS = new Unit("pressurembar");
  public static final Unit BARS = new Unit("pressurebar");
  public static final Unit KILOBARS = new Unit("pressurekbar");
  public static final Unit PASCALS = new Unit("pressurepa");
  public static final Unit HECTOPASCALS = new Unit("pressurehpa");
  public static final Unit KILOPASCALS = new Unit("pressurekpa");
  public static final Unit INCHES_OF_MERCURY = new Unit("pressurehg");
  public static final Unit PSI = new Unit("pressurepsi");

  // Radiation
  public static final Unit BECQUEREL = new Unit("radbq");
  public static final Unit CURIE = new Unit("radci");
  public static final Unit GRAY = new Unit("radgy");
  public static final Unit RAD = new Unit("radrad");
  public static final Unit SIEVERT = new Unit("radsv");
  public static final Unit MILLISIEVERT = new Unit("radmsv");
  public static final Unit MICROSIEVERT = new Unit("radusv");
  public static final Unit REM = new Unit("radrem");
  public static final Unit EXPOSURE_COULOMB_PER_KILOGRAM = new Unit("radexpckg");
  public static final Unit ROENTGEN = new Unit("radr");
  public static final Unit SIEVERT_PER_HOUR = new Unit("radsvh");
  public static final Unit MILLISIEVERT_PER_HOUR = new Unit("radmsvh");
  public static final Unit MICROSIEVERT_PER_HOUR = new Unit("radusvh");

  // Rotational speed
  public static final Unit REVOLUTIONS_PER_MINUTE = new Unit("rotrpm");
  public static final Unit ROTATION_HERTZ = new Unit("rothz");
  public static final Unit ROTATION_KILOHERTZ = new Unit("rotkhz");
  public static final Unit ROTATION_MEGAHERTZ = new Unit("rotmhz");
  public static final Unit ROTATION_GIGAHERTZ = new Unit("rotghz");
  public static final Unit RADIANS_PER_SECOND = new Unit("rotrads");
  public static final Unit DEGREES_PER_SECOND = new Unit("rotdegs");

  // Temperature
  public static final Unit CELSIUS = new Unit("celsius");
  public static final Unit FAHRENHEIT = new Unit("fahrenheit");
  public static final Unit KELVIN = new Unit("kelvin");

  // Time
  public static final Unit HERTZ = new Unit("hertz");
  public static final Unit NANOSECONDS = new Unit("ns");
  public static final Unit MICROSECONDS = new Unit("µs");
  public static final Unit MILLISECONDS = new Unit("ms");
  public static final Unit SECONDS = new Unit("s");
  public static final Unit MINUTES = new Unit("m");
  public static final Unit HOURS = new Unit("h");
  public static final Unit DAYS = new Unit("d");
  public static final Unit DURATION_MILLISECONDS = new Unit("dtdurationms");

  /** Seconds shown as a duration ({@code 1h 2m}); suits lags and ages. */
  public static final Unit DURATION_SECONDS = new Unit("dtdurations");

  public static final Unit DURATION_HH_MM_SS = new Unit("dthms");
  public static final Unit DURATION_D_HH_MM_SS = new Unit("dtdhms");
  public static final Unit TIMETICKS = new Unit("timeticks");
  public static final Unit CLOCK_MILLISECONDS = new Unit("clockms");
  public static final Unit CLOCK_SECONDS = new Unit("clocks");

  // Throughput
  public static final Unit COUNTS_PER_SECOND = new Unit("cps");
  public static final Unit OPS_PER_SECOND = new Unit("ops");
  public static final Unit REQUESTS_PER_SECOND = new Unit("reqps");
  public static final Unit READS_PER_SECOND = new Unit("rps");
  public static final Unit WRITES_PER_SECOND = new Unit("wps");
  public static final Unit IO_OPS_PER_SECOND = new Unit("iops");
  public static final Unit EVENTS_PER_SECOND = new Unit("eps");
  public static final Unit MESSAGES_PER_SECOND = new Unit("mps");
  public static final Unit RECORDS_PER_SECOND = new Unit("recps");
  public static final Unit ROWS_PER_SECOND = new Unit("rowsps");
  public static final Unit COUNTS_PER_MINUTE = new Unit("cpm");
  public static final Unit OPS_PER_MINUTE = new Unit("opm");
  public static final Unit REQUESTS_PER_MINUTE = new Unit("reqpm");
  public static final Unit READS_PER_MINUTE = new Unit("rpm");
  public static final Unit WRITES_PER_MINUTE = new Unit("wpm");
  public static final Unit EVENTS_PER_MINUTE = new Unit("epm");
  public static final Unit MESSAGES_PER_MINUTE = new Unit("mpm");
  public static final Unit RECORDS_PER_MINUTE = new Unit("recpm");
  public static final Unit ROWS_PER_MINUTE = new Unit("rowspm");

  // Velocity
  public static final Unit METERS_PER_SECOND = new Unit("velocityms");
  public static final Unit KILOMETERS_PER_HOUR = new Unit("velocitykmh");
  public static final Unit MILES_PER_HOUR = new Unit("velocitymph");
  public static final Unit KNOTS = new Unit("velocityknot");

  // Volume
  public static final Unit MILLILITRES = new Unit("mlitre");
  public static final Unit LITRES = new Unit("litre");
  public static final Unit CUBIC_METERS = new Unit("m3");
  public static final Unit NORMAL_CUBIC_METERS = new Unit("Nm3");
  public static final Unit CUBIC_DECIMETERS = new Unit("dm3");
  public static final Unit GALLONS = new Unit("gallons");

  // Boolean
  public static final Unit BOOL_TRUE_FALSE = new Unit("bool");
  public static final Unit BOOL_YES_NO = new Unit("bool_yes_no");
  public static final Unit BOOL_ON_OFF = new Unit("bool_on_off");

  /** Every unit above, in Grafana's order. */
  public static final List<Unit> ALL =
      List.of(
          NONE,
          STRING,
          SHORT,
          SI_SHORT,
          PERCENT,
          PERCENT_UNIT,
          HUMIDITY,
          DECIBEL,
          CANDELA,
          HEX_0X,
          HEX,
          SCIENTIFIC,
          LOCALE,
          PIXELS,
          METERS_PER_SECOND_SQUARED,
          FEET_PER_SECOND_SQUARED,
          G_UNIT,
          DEGREES,
          RADIANS,
          GRADIANS,
          ARC_MINUTES,
          ARC_SECONDS,
          SQUARE_METERS,
          SQUARE_FEET,
          SQUARE_MILES,
          ACRES,
          HECTARES,
          FLOPS,
          MEGA_FLOPS,
          GIGA_FLOPS,
          TERA_FLOPS,
          PETA_FLOPS,
          EXA_FLOPS,
          ZETTA_FLOPS,
          YOTTA_FLOPS,
          PARTS_PER_MILLION,
          PARTS_PER_BILLION,
          NANOGRAMS_PER_CUBIC_METER,
          NANOGRAMS_PER_NORMAL_CUBIC_METER,
          MICROGRAMS_PER_CUBIC_METER,
          MICROGRAMS_PER_NORMAL_CUBIC_METER,
          MILLIGRAMS_PER_CUBIC_METER,
          MILLIGRAMS_PER_NORMAL_CUBIC_METER,
          GRAMS_PER_CUBIC_METER,
          GRAMS_PER_NORMAL_CUBIC_METER,
          MILLIGRAMS_PER_DECILITRE,
          MILLIMOLES_PER_LITRE,
          CURRENCY_USD,
          CURRENCY_GBP,
          CURRENCY_EUR,
          CURRENCY_JPY,
          CURRENCY_RUB,
          CURRENCY_UAH,
          CURRENCY_BRL,
          CURRENCY_DKK,
          CURRENCY_ISK,
          CURRENCY_NOK,
          CURRENCY_SEK,
          CURRENCY_CZK,
          CURRENCY_CHF,
          CURRENCY_PLN,
          CURRENCY_BTC,
          CURRENCY_MILLI_BTC,
          CURRENCY_MICRO_BTC,
          CURRENCY_ZAR,
          CURRENCY_INR,
          CURRENCY_KRW,
          CURRENCY_IDR,
          CURRENCY_PHP,
          CURRENCY_VND,
          CURRENCY_TRY,
          CURRENCY_MYR,
          CURRENCY_XPF,
          CURRENCY_BGN,
          CURRENCY_PYG,
          CURRENCY_UYU,
          CURRENCY_ILS,
          BYTES_IEC,
          BYTES_SI,
          BITS_IEC,
          BITS_SI,
          KIBIBYTES,
          KILOBYTES,
          MEBIBYTES,
          MEGABYTES,
          GIBIBYTES,
          GIGABYTES,
          TEBIBYTES,
          TERABYTES,
          PEBIBYTES,
          PETABYTES,
          PACKETS_PER_SECOND,
          BYTES_PER_SECOND_IEC,
          BYTES_PER_SECOND_SI,
          BITS_PER_SECOND_IEC,
          BITS_PER_SECOND_SI,
          KIBIBYTES_PER_SECOND,
          KIBIBITS_PER_SECOND,
          KILOBYTES_PER_SECOND,
          KILOBITS_PER_SECOND,
          MEBIBYTES_PER_SECOND,
          MEBIBITS_PER_SECOND,
          MEGABYTES_PER_SECOND,
          MEGABITS_PER_SECOND,
          GIBIBYTES_PER_SECOND,
          GIBIBITS_PER_SECOND,
          GIGABYTES_PER_SECOND,
          GIGABITS_PER_SECOND,
          TEBIBYTES_PER_SECOND,
          TEBIBITS_PER_SECOND,
          TERABYTES_PER_SECOND,
          TERABITS_PER_SECOND,
          PEBIBYTES_PER_SECOND,
          PEBIBITS_PER_SECOND,
          PETABYTES_PER_SECOND,
          PETABITS_PER_SECOND,
          DATE_TIME_ISO,
          DATE_TIME_ISO_NO_DATE_IF_TODAY,
          DATE_TIME_US,
          DATE_TIME_US_NO_DATE_IF_TODAY,
          DATE_TIME_LOCAL,
          DATE_TIME_LOCAL_NO_DATE_IF_TODAY,
          DATE_TIME_DEFAULT,
          DATE_TIME_FROM_NOW,
          WATT,
          KILOWATT,
          MEGAWATT,
          GIGAWATT,
          MILLIWATT,
          WATT_PER_SQUARE_METER,
          VOLT_AMPERE,
          KILOVOLT_AMPERE,
          VOLT_AMPERE_REACTIVE,
          KILOVOLT_AMPERE_REACTIVE,
          WATT_HOUR,
          WATT_HOUR_PER_KILOGRAM,
          KILOWATT_HOUR,
          KILOWATT_MINUTE,
          MEGAWATT_HOUR,
          AMPERE_HOUR,
          KILOAMPERE_HOUR,
          MILLIAMPERE_HOUR,
          JOULE,
          ELECTRON_VOLT,
          AMPERE,
          KILOAMPERE,
          MILLIAMPERE,
          VOLT,
          KILOVOLT,
          MILLIVOLT,
          DECIBEL_MILLIWATT,
          MILLIOHM,
          OHM,
          KILOOHM,
          MEGAOHM,
          FARAD,
          MICROFARAD,
          NANOFARAD,
          PICOFARAD,
          FEMTOFARAD,
          HENRY,
          MILLIHENRY,
          MICROHENRY,
          LUMENS,
          GALLONS_PER_MINUTE,
          CUBIC_METERS_PER_SECOND,
          CUBIC_FEET_PER_SECOND,
          CUBIC_FEET_PER_MINUTE,
          LITRES_PER_HOUR,
          LITRES_PER_MINUTE,
          MILLILITRES_PER_MINUTE,
          LUX,
          NEWTON_METERS,
          KILONEWTON_METERS,
          NEWTONS,
          KILONEWTONS,
          HASHES_PER_SECOND,
          KILOHASHES_PER_SECOND,
          MEGAHASHES_PER_SECOND,
          GIGAHASHES_PER_SECOND,
          TERAHASHES_PER_SECOND,
          PETAHASHES_PER_SECOND,
          EXAHASHES_PER_SECOND,
          MILLIGRAMS,
          GRAMS,
          POUNDS,
          KILOGRAMS,
          METRIC_TONS,
          MILLIMETERS,
          INCHES,
          FEET,
          METERS,
          KILOMETERS,
          MILES,
          MILLIBARS,
          BARS,
          KILOBARS,
          PASCALS,
          HECTOPASCALS,
          KILOPASCALS,
          INCHES_OF_MERCURY,
          PSI,
          BECQUEREL,
          CURIE,
          GRAY,
          RAD,
          SIEVERT,
          MILLISIEVERT,
          MICROSIEVERT,
          REM,
          EXPOSURE_COULOMB_PER_KILOGRAM,
          ROENTGEN,
          SIEVERT_PER_HOUR,
          MILLISIEVERT_PER_HOUR,
          MICROSIEVERT_PER_HOUR,
          REVOLUTIONS_PER_MINUTE,
          ROTATION_HERTZ,
          ROTATION_KILOHERTZ,
          ROTATION_MEGAHERTZ,
          ROTATION_GIGAHERTZ,
          RADIANS_PER_SECOND,
          DEGREES_PER_SECOND,
          CELSIUS,
          FAHRENHEIT,
          KELVIN,
          HERTZ,
          NANOSECONDS,
          MICROSECONDS,
          MILLISECONDS,
          SECONDS,
          MINUTES,
          HOURS,
          DAYS,
          DURATION_MILLISECONDS,
          DURATION_SECONDS,
          DURATION_HH_MM_SS,
          DURATION_D_HH_MM_SS,
          TIMETICKS,
          CLOCK_MILLISECONDS,
          CLOCK_SECONDS,
          COUNTS_PER_SECOND,
          OPS_PER_SECOND,
          REQUESTS_PER_SECOND,
          READS_PER_SECOND,
          WRITES_PER_SECOND,
          IO_OPS_PER_SECOND,
          EVENTS_PER_SECOND,
          MESSAGES_PER_SECOND,
          RECORDS_PER_SECOND,
          ROWS_PER_SECOND,
          COUNTS_PER_MINUTE,
          OPS_PER_MINUTE,
          REQUESTS_PER_MINUTE,
          READS_PER_MINUTE,
          WRITES_PER_MINUTE,
          EVENTS_PER_MINUTE,
          MESSAGES_PER_MINUTE,
          RECORDS_PER_MINUTE,
          ROWS_PER_MINUTE,
          METERS_PER_SECOND,
          KILOMETERS_PER_HOUR,
          MILES_PER_HOUR,
          KNOTS,
          MILLILITRES,
          LITRES,
          CUBIC_METERS,
          NORMAL_CUBIC_METERS,
          CUBIC_DECIMETERS,
          GALLONS,
          BOOL_TRUE_FALSE,
          BOOL_YES_NO,
          BOOL_ON_OFF);

  private static final Pattern CUSTOM =
      Pattern.compile("(suffix|prefix|si|count|currency|bool):.+", Pattern.DOTALL);

  /** The unit Grafana knows by this id, or a custom unit such as {@code suffix:req}. */
  public static Optional<Unit> byId(String id) {
    for (Unit unit : ALL) {
      if (unit.id().equals(id)) {
        return Optional.of(unit);
      }
    }
    return CUSTOM.matcher(id).matches() ? Optional.of(new Unit(id)) : Optional.empty();
  }
}
