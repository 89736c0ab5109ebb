import type { AssetType } from '../../schemas/equipment.js';

/**
 * Real brands and models, each with its kind, asset type, a fleet-number prefix, a serial number format in the
 * brand's style (`#` digit, `@` letter) and how many operating hours a year it typically runs (0: no hour meter).
 */
export interface CatalogueEntry {
  brand: string;
  model: string;
  type: string;
  assetType: AssetType;
  prefix: string;
  serial: string;
  hoursPerYear: number;
  weight: number;
}

// brand | model | type | assetType | prefix | serial | hours/year | weight
const TABLE = `
Caterpillar|320|Excavator|MACHINE|EX|CAT0320@@@@#####|1100|6
Caterpillar|308 CR|Mini excavator|MACHINE|MX|CAT0308@@@@#####|800|4
Caterpillar|950 GC|Wheel loader|MACHINE|WL|CAT0950@@@@#####|1300|3
Komatsu|PC210LC-11|Excavator|MACHINE|EX|KMTPC210#@@######|1100|5
Komatsu|WA320-8|Wheel loader|MACHINE|WL|KMTWA320#@@######|1200|3
Volvo|L120H|Wheel loader|MACHINE|WL|VCEL120H@#######|1300|4
Volvo|EC220E|Excavator|MACHINE|EX|VCEC220E@#######|1100|4
Volvo|ECR25 Electric|Mini excavator|MACHINE|MX|VCECR25E@#######|700|2
Hitachi|ZX135US-7|Excavator|MACHINE|EX|HCM1VD00#######|1000|3
Develon|DX225LC-7|Excavator|MACHINE|EX|DHKCEBA#@#######|1000|2
JCB|540-180 Hi Viz|Telehandler|MACHINE|TH|JCB540##@#######|900|5
JCB|3CX|Backhoe loader|MACHINE|BH|JCB3CX##@#######|900|3
Manitou|MT 1840|Telehandler|MACHINE|TH|MAN1840@@######|900|4
Liebherr|LTM 1060-3.1|Mobile crane|MACHINE|MC|LIE1060-######|700|1
Liebherr|L 550|Wheel loader|MACHINE|WL|LIE0550-######|1200|2
Bobcat|S70|Skid steer loader|MACHINE|SS|B3@@#####|600|4
Bobcat|E26|Mini excavator|MACHINE|MX|B4@@#####|700|3
Kubota|KX019-4|Mini excavator|MACHINE|MX|KX019-#####|600|5
Kubota|U27-4|Mini excavator|MACHINE|MX|U27-#####|600|3
Wacker Neuson|ET16|Mini excavator|MACHINE|MX|WNCE####@####|600|3
Takeuchi|TB216|Mini excavator|MACHINE|MX|216######|600|3
Bomag|BW 120 AD-5|Roller|MACHINE|RO|1018805#####|500|3
Hamm|HD 12 VV|Roller|MACHINE|RO|H18#######|500|2
Dynapac|CC1200|Roller|MACHINE|RO|10000###@@####|500|2
Genie|GS-1930|Scissor lift|MACHINE|SL|GS30##@-######|300|8
Genie|Z-45/25J|Boom lift|MACHINE|BL|Z4525J##-#####|350|4
JLG|600S|Boom lift|MACHINE|BL|0300######|350|4
JLG|1930ES|Scissor lift|MACHINE|SL|M200######|300|5
Haulotte|HA16 RTJ|Boom lift|MACHINE|BL|AD#######|350|3
Skyjack|SJIII 3219|Scissor lift|MACHINE|SL|3219#######|300|4
Volvo|FH 500|Truck|VEHICLE|TR|YV2RTY0A#@A######|2000|2
Scania|R 450|Truck|VEHICLE|TR|YS2R4X2000#######|2000|2
Mercedes-Benz|Actros 2545|Truck|VEHICLE|TR|WDB9634031L######|1900|2
MAN|TGS 26.440|Truck|VEHICLE|TR|WMA26SZZ#@@######|1900|1
Ford|Transit Custom|Van|VEHICLE|VA|WF0@XXTTG@@######|1500|3
Volkswagen|Crafter|Van|VEHICLE|VA|WV1ZZZSY#@######|1500|2
Toyota|Hilux|Pickup|VEHICLE|PU|AHTKB3CD#0#######|1200|2
Atlas Copco|XAS 88|Compressor|EQUIPMENT|CP|ARP######|500|3
Atlas Copco|QAS 60|Generator|EQUIPMENT|GE|ARP######|900|2
Pramac|GSW 45 Y|Generator|EQUIPMENT|GE|PG####@######|900|2
Generac Mobile|VT-Evo|Light tower|EQUIPMENT|LT|GMVT######|700|2
Wacker Neuson|DPU 6555|Plate compactor|EQUIPMENT|PC|WNCE####@####|200|3
Ammann|APR 3020|Plate compactor|EQUIPMENT|PC|AM3020-######|200|2
Hilti|TE 70-ATC/AVR|Combihammer|TOOL|TL|########|0|4
Hilti|DD 150-U|Core drill|TOOL|TL|########|0|2
Husqvarna|K 770|Power cutter|TOOL|TL|2024#####|0|3
Makita|HM1512|Demolition hammer|TOOL|TL|######@|0|2
Bosch|GBH 18V-36|Rotary hammer|TOOL|TL|3611D##@##|0|2
Engcon|EC226|Tiltrotator|ATTACHMENT|AT|EC226-######|0|2
Rototilt|R4|Tiltrotator|ATTACHMENT|AT|R4-#####|0|2
Steelwrist|X18|Tiltrotator|ATTACHMENT|AT|X18-######|0|1
Epiroc|SB 302|Hydraulic breaker|ATTACHMENT|AT|8###-####|0|2
Lehnhoff|MS08|Quick coupler|ATTACHMENT|AT|MS08-#####|0|1
Trackunit|Raw|Telematics gateway|GATEWAY|GW|#########|0|5
Trackunit|Kin|Bluetooth tag|GATEWAY|GW|TK#######|0|3
Teltonika|FMC650|Telematics gateway|GATEWAY|GW|86#############|0|1
Containex|CS 20|Site container|OTHER|CN|CX20-######|0|2
Humbaur|HS 253116|Trailer|OTHER|TA|WHD##########|0|1
`;

export const CATALOGUE: readonly CatalogueEntry[] = TABLE.trim()
  .split('\n')
  .map((line) => {
    const [brand, model, type, assetType, prefix, serial, hours, weight] = line.split('|') as [
      string,
      string,
      string,
      AssetType,
      string,
      string,
      string,
      string,
    ];
    return { brand, model, type, assetType, prefix, serial, hoursPerYear: Number(hours), weight: Number(weight) };
  });

/** Seeded data is dated relative to this fixed day, so the same seed gives the same timestamps forever. */
export const REFERENCE_DATE = Date.UTC(2026, 10, 1);
export const FIRST_PRODUCTION_YEAR = 2008;
export const LAST_PRODUCTION_YEAR = 2026;
